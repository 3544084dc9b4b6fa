import { z } from 'zod';

/**
 * Typed reads of supertest's answers, whose `body` it types as `any`. Parse with the site's schemas from
 * @skinfacts/shared where the site reads the same answer; otherwise with the loose shapes below, which keep
 * every key, so a check on a response's exact shape sees it as it came.
 */
type Answer = { body: unknown };

/** A JSON object, every key kept. */
export const record = z.record(z.string(), z.unknown());
export type JsonRecord = z.output<typeof record>;

/** `res.body` parsed with `schema`. */
export function bodyOf<S extends z.ZodType>(res: Answer, schema: S): z.output<S> {
  return schema.parse(res.body);
}

/** The `data` of a single-entry answer as a plain object. */
export const dataRecord = (res: Answer): JsonRecord => bodyOf(res, z.object({ data: record })).data;

/** The `data` of a list answer as plain objects. */
export const dataRecords = (res: Answer): JsonRecord[] =>
  bodyOf(res, z.object({ data: z.array(record) })).data;

/** Strapi's error answer: `{ data: null, error: { status, name, message, details } }`, every key kept. */
const strapiErrorSchema = z.looseObject({
  error: z.looseObject({
    status: z.number().int(),
    name: z.string(),
    message: z.string(),
    details: z
      .looseObject({
        /** The query parameter a public route refused (src/public-query). */
        parameter: z.string().optional(),
        fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
        errors: z.array(z.looseObject({ path: z.array(z.string()), message: z.string() })).optional(),
      })
      .optional(),
  }),
});

export type StrapiError = z.output<typeof strapiErrorSchema>['error'];

/** The `error` of Strapi's error answer. */
export const errorOf = (res: Answer): StrapiError => bodyOf(res, strapiErrorSchema).error;

/** jest's asymmetric matchers as `unknown`: jest types them `any`, which the type-checked lint will not pass on. */
export const anything = (type: unknown): unknown => expect.any(type);
export const matching = (pattern: RegExp | string): unknown => expect.stringMatching(pattern);
export const containingText = (text: string): unknown => expect.stringContaining(text);
export const containing = (object: Record<string, unknown>): unknown => expect.objectContaining(object);
export const containingAll = (items: unknown[]): unknown => expect.arrayContaining(items);

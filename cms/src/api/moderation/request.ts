import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { issueList, moderationDocumentIdSchema } from '@skinfacts/shared';
import { routeParam } from '../../utils/koa-context';

/** Parses `input` with a shared schema, or answers 400 with every issue. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new errors.ValidationError('Invalid moderation request.', {
    errors: issueList(parsed.error),
  });
}

/** The request's body, whether Strapi wraps it in `data` or not. */
export function bodyOf(ctx: Context): unknown {
  const body: unknown = ctx.request.body;
  if (typeof body === 'object' && body !== null && 'data' in body) return body.data;
  return body;
}

/** The `:documentId` route parameter, or 400 when it cannot be a document id. */
export function documentIdParam(ctx: Context): string {
  const documentId = routeParam(ctx, 'documentId');
  if (moderationDocumentIdSchema.safeParse(documentId).success) return documentId;
  throw new errors.ValidationError(`${documentId} is not a document id (letters and digits only).`);
}

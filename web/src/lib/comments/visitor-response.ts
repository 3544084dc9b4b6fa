import 'server-only';
import { z } from 'zod';
import { CmsError, CmsParseError, CmsRefusal } from '@/lib/cms/client';
import { noStoreJson } from '@/lib/http/json-response';

/**
 * What the site's comment routes answer the browser: `{ error, fieldErrors? }` on a problem, always no-store.
 * The messages say what to do next; the form keeps the visitor's text whatever happens.
 */
export type VisitorError = { error: string; fieldErrors?: Record<string, string[]> };

export const CMS_UNREACHABLE =
  'We could not reach the comment service. Your comment is still in the form — please try again in a moment.';

/** Strapi's error envelope: `{ error: { status, name, message, details } }`. */
const strapiErrorSchema = z.object({
  error: z.object({
    message: z.string(),
    details: z
      .object({
        fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
        errors: z.array(z.object({ path: z.array(z.string()), message: z.string() })).optional(),
      })
      .passthrough()
      .optional(),
  }),
});

/** Field messages from a Strapi ValidationError: its `fieldErrors`, or one per `errors[].path`. */
function fieldErrorsOf(details: z.output<typeof strapiErrorSchema>['error']['details']) {
  if (details?.fieldErrors) return details.fieldErrors;
  const grouped: Record<string, string[]> = {};
  for (const { path, message } of details?.errors ?? []) {
    const field = path.join('.') || '_';
    (grouped[field] ??= []).push(message);
  }
  return Object.keys(grouped).length > 0 ? grouped : undefined;
}

/** The CMS's refusal as the visitor should see it: its status and message (400, 403, 409, 429), else 502. */
export function refusalResponse(refusal: CmsRefusal): Response {
  const parsed = strapiErrorSchema.safeParse(refusal.body);
  const known = [400, 401, 403, 404, 409, 429].includes(refusal.status);
  if (!parsed.success || !known) {
    return noStoreJson({ error: CMS_UNREACHABLE } satisfies VisitorError, 502);
  }
  const body: VisitorError = { error: parsed.data.error.message };
  const fields = fieldErrorsOf(parsed.data.error.details);
  if (fields) body.fieldErrors = fields;
  const headers: Record<string, string> = {};
  if (refusal.retryAfterSeconds) headers['Retry-After'] = String(refusal.retryAfterSeconds);
  return noStoreJson(body, refusal.status, headers);
}

/** Runs a CMS call for a visitor and turns its failures into answers the comment form can show. */
export async function forVisitor(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CmsRefusal) return refusalResponse(error);
    if (error instanceof CmsError || error instanceof CmsParseError) {
      return noStoreJson({ error: CMS_UNREACHABLE } satisfies VisitorError, 503, { 'Retry-After': '10' });
    }
    throw error;
  }
}

import { commentReportInputSchema, fieldErrors } from '@skinfacts/shared';
import { jsonBodyOf } from '@/lib/http/json-request';
import { reportComment } from '@/lib/cms/reports';
import { forVisitor, type VisitorError } from '@/lib/comments/visitor-response';
import { noStoreJson } from '@/lib/http/json-response';
import { visitorIp } from '@/lib/comments/visitor-ip';

/**
 * POST /api/comments/reports `{ comment, reason, note? }` — a visitor reports an approved comment. Checked with
 * the schema the CMS uses, then sent on with the visitor's IP and the site's secret.
 */
export async function POST(request: Request): Promise<Response> {
  const parsed = commentReportInputSchema.safeParse(await jsonBodyOf(request));
  if (!parsed.success) {
    return noStoreJson(
      {
        error: 'The report could not be sent. Choose a reason and try again.',
        fieldErrors: fieldErrors(parsed.error),
      } satisfies VisitorError,
      400,
    );
  }
  return forVisitor(async () => {
    const result = await reportComment(parsed.data, visitorIp(request.headers));
    return noStoreJson({ data: result }, 201);
  });
}

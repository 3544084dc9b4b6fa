import 'server-only';
import {
  commentReportResultSchema,
  type CommentReportInput,
  type CommentReportResult,
} from '@skinfacts/shared';
import { fromSiteHeaders } from './from-site';
import { cmsSend } from './send';

/**
 * Sends a visitor's report of a comment to the CMS with the site's secret and the visitor's IP (the CMS counts
 * reports per visitor with it). A refusal (400, 403, 404, 429) is a CmsRefusal with the CMS's body.
 */
export async function reportComment(
  report: CommentReportInput,
  visitorIp: string | null,
): Promise<CommentReportResult> {
  const { data } = await cmsSend('/api/comment-reports', commentReportResultSchema, {
    method: 'POST',
    body: { data: report },
    headers: fromSiteHeaders(visitorIp),
  });
  return data;
}

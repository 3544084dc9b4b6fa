import { z } from 'zod';
import { CLIENT_IP_HEADER, WEB_SECRET_HEADER } from '@skinfacts/shared';
import { documentsOf } from './loose-documents';
import { WEB_SECRET } from './comment-posting';
import type { TestStrapi } from './strapi';

/** Helpers of the reports and privacy tests: fresh approved comments, reports sent the way the site sends them. */

let made = 0;
/** A new approved comment on `article`, by `email` (default: its own address). */
export async function approvedComment(
  app: TestStrapi,
  article: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  made += 1;
  const comment = await documentsOf(app.strapi)('api::comment.comment').create({
    data: {
      article,
      authorName: `Author ${made}`,
      authorEmail: `author${made}@example.com`,
      body: `Comment number ${made}`,
      moderationStatus: 'approved',
      ipHash: `ip-hash-${made}`,
      userAgent: 'jest',
      ...extra,
    },
  });
  return comment.documentId;
}

/** POST /api/comment-reports as the site, for the visitor at `ip`. */
export function sendReport(app: TestStrapi, ip: string, data: Record<string, unknown>) {
  return app
    .http()
    .post('/api/comment-reports')
    .set(WEB_SECRET_HEADER, WEB_SECRET)
    .set(CLIENT_IP_HEADER, ip)
    .send({ data });
}

const reportRow = z.looseObject({
  reason: z.string(),
  note: z.string().nullable(),
  reporterHash: z.string().nullable(),
  dismissedAt: z.union([z.string(), z.date()]).nullable(),
  dismissedBy: z.string().nullable(),
});

/** The stored reports of a comment, read past the API. */
export async function storedReports(app: TestStrapi, commentDocumentId: string) {
  const rows: unknown = await app.strapi.db.query('api::comment-report.comment-report').findMany({
    where: { comment: { documentId: commentDocumentId } },
    orderBy: { id: 'asc' },
  });
  return z.array(reportRow).parse(rows);
}

export const countReports = (app: TestStrapi) =>
  app.strapi.db.query('api::comment-report.comment-report').count({});

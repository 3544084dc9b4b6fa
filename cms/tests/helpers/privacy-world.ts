import { z } from 'zod';
import type { TestStrapi } from './strapi';

const auditRow = z.looseObject({
  action: z.string(),
  actor: z.string(),
  emailMasked: z.string(),
  emailHash: z.string(),
  commentMode: z.string().nullable(),
  counts: z.record(z.string(), z.number()),
});

/** The privacy audit log, oldest first. */
export const privacyAudits = async (app: TestStrapi) =>
  z
    .array(auditRow)
    .parse(
      await app.strapi.db.query('api::privacy-audit.privacy-audit').findMany({ orderBy: { id: 'asc' } }),
    );

export const commentRow = z.looseObject({
  documentId: z.string(),
  authorName: z.string(),
  authorEmail: z.string(),
  authorUrl: z.string().nullable(),
  body: z.string(),
  ipHash: z.string().nullable(),
  userAgent: z.string().nullable(),
  moderationStatus: z.string(),
});

/** A comment as stored, private fields included; null once deleted. */
export const storedCommentRow = async (app: TestStrapi, documentId: string) => {
  const row: unknown = await app.strapi.db.query('api::comment.comment').findOne({ where: { documentId } });
  return row === null ? null : commentRow.parse(row);
};

/** The moderators' export and erase requests, sent with `auth`. */
export const privacyRequests = (app: () => TestStrapi) => ({
  exportAs: (auth: Record<string, string>, body: object) =>
    app().http().post('/api/moderation/privacy/export').set(auth).send(body),
  eraseAs: (auth: Record<string, string>, body: object) =>
    app().http().post('/api/moderation/privacy/erase').set(auth).send(body),
});

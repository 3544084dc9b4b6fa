import { z } from 'zod';
import type { TestStrapi } from './strapi';

const reference = z.looseObject({ documentId: z.string() });

/** A comment row as the database holds it (every column kept), with its parent's and article's documentId. */
export const storedCommentSchema = z.looseObject({
  documentId: z.string(),
  moderationStatus: z.string(),
  moderatedAt: z.string().nullable(),
  ipHash: z.string().nullable(),
  parent: reference.nullable().optional(),
  article: reference.nullable().optional(),
});

export type StoredComment = z.output<typeof storedCommentSchema>;

/** The stored comment `documentId`, read past the API (private fields and status included). */
export async function storedComment(app: TestStrapi, documentId: string): Promise<StoredComment> {
  const row: unknown = await app.strapi.db.query('api::comment.comment').findOne({
    where: { documentId },
    populate: { parent: { select: ['documentId'] }, article: { select: ['documentId'] } },
  });
  return storedCommentSchema.parse(row);
}

import type { Core } from '@strapi/strapi';
import { COMMENT_UID } from '../../api/comment/uid';
import { isRecord } from '../../utils/is-record';
import type { DataSubject, ExportedRecord, PrivacyCollector } from './types';

/** The Document Service calls erase() makes, with the nulls that clear a field (its generated types refuse null). */
type CommentWrites = {
  update(params: { documentId: string; data: Record<string, unknown> }): Promise<unknown>;
  delete(params: { documentId: string }): Promise<unknown>;
};

/** What an anonymised comment is signed with; the address is one nobody can receive mail at (RFC 2606). */
export const ANONYMOUS_NAME = 'Anonymous';
export const ANONYMOUS_EMAIL = 'anonymous@erased.invalid';

const FIELDS = [
  'documentId',
  'body',
  'authorName',
  'authorEmail',
  'authorUrl',
  'moderationStatus',
  'moderatedAt',
  'staffReply',
  'ipHash',
  'userAgent',
  'spamSignals',
  'createdAt',
  'updatedAt',
];

/** The subject's comments: written with their address, whatever its case. */
export const commentsOf = (subject: DataSubject) => ({ authorEmail: { $eqi: subject.email } });

/** documentIds and IP hashes of the subject's comments (the reports collector follows both). */
export async function subjectComments(strapi: Core.Strapi, subject: DataSubject) {
  const rows: unknown[] = await strapi.db
    .query(COMMENT_UID)
    .findMany({ where: commentsOf(subject), select: ['documentId', 'ipHash'] });
  const records = rows.filter(isRecord);
  return {
    documentIds: records.map((row) => row.documentId).filter((id): id is string => typeof id === 'string'),
    ipHashes: [
      ...new Set(records.map((row) => row.ipHash).filter((h): h is string => typeof h === 'string')),
    ],
  };
}

export const commentsCollector: PrivacyCollector = {
  section: 'comments',

  async collect(strapi, subject): Promise<ExportedRecord[]> {
    const rows: unknown[] = await strapi.db.query(COMMENT_UID).findMany({
      where: commentsOf(subject),
      select: FIELDS,
      populate: {
        article: { select: ['documentId', 'title', 'slug'] },
        parent: { select: ['documentId'] },
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.filter(isRecord);
  },

  /**
   * Through the Document Service, one comment at a time, so the revalidation middleware queues the pages
   * that showed them (in this same transaction).
   */
  async erase(strapi, subject, mode) {
    const { documentIds } = await subjectComments(strapi, subject);
    const documents: CommentWrites = strapi.documents(COMMENT_UID);
    for (const documentId of documentIds) {
      if (mode === 'delete') {
        await documents.delete({ documentId });
      } else {
        await documents.update({
          documentId,
          data: {
            authorName: ANONYMOUS_NAME,
            authorEmail: ANONYMOUS_EMAIL,
            authorUrl: null,
            ipHash: null,
            userAgent: null,
          },
        });
      }
    }
    const counts: Record<string, number> =
      mode === 'delete'
        ? { commentsDeleted: documentIds.length }
        : { commentsAnonymised: documentIds.length };
    return counts;
  },
};

import type { Core } from '@strapi/strapi';
import {
  MODERATION_STATUSES,
  type ModeratedComment,
  type ModerationCounts,
  type ModerationQueueQuery,
  type ModerationStatus,
} from '@skinfacts/shared';
import { toModeratedComment, MODERATION_FIELDS, MODERATION_POPULATE } from '../moderated-comment';
import { CommentNotFoundError, ReplyNotAllowedError, type Moderator } from '../moderator';
import { COMMENT_UID } from '../../comment/uid';
import { dismissReports, withOpenReports } from '../reports';

/** Loosely typed Document Service: the comment's fields are plain data here, checked by the shared schemas. */
type Row = Record<string, unknown> & { documentId: string };
type CommentDocuments = {
  findMany(params: Record<string, unknown>): Promise<Row[]>;
  findOne(params: Record<string, unknown>): Promise<Row | null>;
  update(params: Record<string, unknown>): Promise<Row | null>;
  create(params: Record<string, unknown>): Promise<Row>;
};

const moderationService = ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = (): CommentDocuments => strapi.documents(COMMENT_UID);
  const fetchOne = (documentId: string) =>
    documents().findOne({ documentId, fields: MODERATION_FIELDS, populate: MODERATION_POPULATE });

  /** Only one commenter account's comments, when the console filters by account. */
  const ofAccount = (account: string | undefined) =>
    account ? { commenterAccount: { documentId: account } } : {};

  async function counts(account?: string): Promise<ModerationCounts> {
    const query = strapi.db.query(COMMENT_UID);
    const entries = await Promise.all(
      MODERATION_STATUSES.map(
        async (status) =>
          [
            status,
            await query.count({ where: { moderationStatus: status, ...ofAccount(account) } }),
          ] as const,
      ),
    );
    return Object.fromEntries(entries) as ModerationCounts;
  }

  const decision = (status: ModerationStatus, moderator: Moderator) => ({
    moderationStatus: status,
    moderatedAt: new Date().toISOString(),
    moderatedBy: moderator.by,
  });

  async function findOne(documentId: string): Promise<ModeratedComment> {
    const found = await fetchOne(documentId);
    if (!found) throw new CommentNotFoundError(`No comment has the id ${documentId}.`);
    const [withReports] = await withOpenReports(strapi, [toModeratedComment(found)]);
    return withReports ?? toModeratedComment(found);
  }

  /**
   * Sets the status and records who and when. Goes through the Document Service, so the revalidation
   * middleware tells the site (src/revalidation/index.ts). Approving settles the comment's open reports: the
   * moderator read it and kept it, so they are dismissed (and count no more towards the report threshold).
   */
  async function decide(
    documentId: string,
    status: ModerationStatus,
    moderator: Moderator,
  ): Promise<ModeratedComment> {
    const existing = await documents().findOne({ documentId, fields: ['moderationStatus'] });
    if (!existing) throw new CommentNotFoundError(`No comment has the id ${documentId}.`);
    await documents().update({ documentId, data: decision(status, moderator) });
    if (status === 'approved') await dismissReports(strapi, documentId, moderator);
    return findOne(documentId);
  }

  return {
    /** One page of a status's queue, newest first, with the count of every status. */
    async list({ status, page, pageSize, account }: ModerationQueueQuery) {
      const [rows, allCounts] = await Promise.all([
        documents().findMany({
          filters: { moderationStatus: status, ...ofAccount(account) },
          sort: [{ createdAt: 'desc' }, { id: 'desc' }],
          fields: MODERATION_FIELDS,
          populate: MODERATION_POPULATE,
          start: (page - 1) * pageSize,
          limit: pageSize,
        }),
        counts(account),
      ]);
      const total = allCounts[status];
      return {
        data: await withOpenReports(strapi, rows.map(toModeratedComment)),
        meta: {
          counts: allCounts,
          pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
        },
      };
    },

    findOne,
    decide,

    /** The same decision for many comments; ids that do not exist are returned as `missing`. */
    async decideMany(documentIds: string[], status: ModerationStatus, moderator: Moderator) {
      const unique = [...new Set(documentIds)];
      const data: ModeratedComment[] = [];
      const missing: string[] = [];
      for (const documentId of unique) {
        try {
          data.push(await decide(documentId, status, moderator));
        } catch (error) {
          if (!(error instanceof CommentNotFoundError)) throw error;
          missing.push(documentId);
        }
      }
      return { data, meta: { missing } };
    },

    /**
     * A staff reply: approved at once, `staffReply: true`, under the moderator's name. Replying to a pending
     * comment approves it too (as WordPress's "Approve and Reply" does), so the reply never hangs off a
     * hidden comment; a rejected or spam comment cannot be replied to.
     */
    async reply(parentDocumentId: string, body: string, moderator: Moderator): Promise<ModeratedComment> {
      const parent = await documents().findOne({
        documentId: parentDocumentId,
        fields: ['moderationStatus'],
        populate: { article: { fields: ['documentId'] } },
      });
      if (!parent) throw new CommentNotFoundError(`No comment has the id ${parentDocumentId}.`);
      const article = parent.article as { documentId?: string } | null | undefined;
      if (parent.moderationStatus === 'rejected' || parent.moderationStatus === 'spam') {
        throw new ReplyNotAllowedError('Approve the comment (or move it back to pending) before replying.');
      }
      if (!article?.documentId) throw new ReplyNotAllowedError('The comment belongs to no article.');
      if (parent.moderationStatus === 'pending') {
        await documents().update({ documentId: parentDocumentId, data: decision('approved', moderator) });
        await dismissReports(strapi, parentDocumentId, moderator);
      }
      const created = await documents().create({
        data: {
          article: article.documentId,
          parent: parentDocumentId,
          authorName: moderator.name,
          authorEmail: moderator.email,
          body,
          staffReply: true,
          ...decision('approved', moderator),
        },
      });
      const reply = await fetchOne(created.documentId);
      if (!reply) throw new CommentNotFoundError('The reply disappeared.');
      return toModeratedComment(reply);
    },
  };
};

export default moderationService;

export type ModerationService = ReturnType<typeof moderationService>;

/** This service with its own type (Strapi's `strapi.service()` types every service's members as `any`). */
export const moderationOf = (strapi: Core.Strapi) =>
  strapi.service('api::moderation.moderation') as ModerationService;

import { z } from 'zod';
import { LIMITS } from './limits';
import { MODERATION_STATUSES } from './comment';
import { moderatedReportSchema } from './comment-report';
import { moderatedAccountSchema, moderationDocumentIdSchema as documentId } from './moderation-accounts';

/** At most this many comments per bulk decision (and per queue page). */
export const MODERATION_BULK_LIMIT = 100;
export const MODERATION_PAGE_SIZE = 25;

const moderationStatus = z.enum(MODERATION_STATUSES, {
  error: `moderationStatus must be one of ${MODERATION_STATUSES.join(', ')}`,
});

/** GET /api/moderation/comments?status=&page=&pageSize=&account= (account: one commenter account's comments) */
export const moderationQueueQuerySchema = z.strictObject(
  {
    status: moderationStatus.default('pending'),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(MODERATION_BULK_LIMIT).default(MODERATION_PAGE_SIZE),
    account: documentId.optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown parameter(s): ${issue.keys.join(', ')}; the queue takes status, page, pageSize and account`
        : undefined,
  },
);
export type ModerationQueueQuery = z.output<typeof moderationQueueQuerySchema>;

/** PATCH /api/moderation/comments/:documentId */
export const moderationDecisionSchema = z.strictObject({ moderationStatus });
export type ModerationDecision = z.output<typeof moderationDecisionSchema>;

/** POST /api/moderation/comments/bulk */
export const bulkModerationSchema = z.strictObject({
  documentIds: z
    .array(documentId)
    .min(1, { error: 'Select at least one comment' })
    .max(MODERATION_BULK_LIMIT, { error: `At most ${MODERATION_BULK_LIMIT} comments at once` }),
  moderationStatus,
});
export type BulkModeration = z.output<typeof bulkModerationSchema>;

const replyMessage = `Please write a reply (up to ${LIMITS.commentBody} characters)`;
/** POST /api/moderation/comments/:documentId/replies */
export const moderatorReplySchema = z.strictObject({
  body: z
    .string({ error: replyMessage })
    .trim()
    .min(1, { error: replyMessage })
    .max(LIMITS.commentBody, { error: replyMessage }),
});
export type ModeratorReply = z.output<typeof moderatorReplySchema>;

/** One comment as the moderation API serves it (moderators see private fields; visitors never do). */
export const moderatedCommentSchema = z.object({
  documentId: z.string(),
  article: z.object({ documentId: z.string(), title: z.string(), slug: z.string().nullable() }).nullable(),
  parent: z.object({ documentId: z.string(), authorName: z.string() }).nullable(),
  authorName: z.string(),
  authorEmail: z.string(),
  authorUrl: z.string().nullable(),
  body: z.string(),
  moderationStatus,
  holdReasons: z.array(z.string()),
  createdAt: z.string(),
  moderatedAt: z.string().nullable(),
  moderatedBy: z.string().nullable(),
  staffReply: z.boolean(),
  /** The account a signed-in commenter wrote it with; null for a guest (or a staff reply). */
  account: moderatedAccountSchema.nullable().default(null),
  /** Visitors' reports nobody has dismissed yet, oldest first. */
  reports: z.array(moderatedReportSchema).default([]),
});
export type ModeratedComment = z.output<typeof moderatedCommentSchema>;

export const moderationCountsSchema = z.object({
  pending: z.number().int(),
  approved: z.number().int(),
  rejected: z.number().int(),
  spam: z.number().int(),
});
export type ModerationCounts = z.output<typeof moderationCountsSchema>;

export const moderationQueueSchema = z.object({
  data: z.array(moderatedCommentSchema),
  meta: z.object({
    counts: moderationCountsSchema,
    pagination: z.object({
      page: z.number().int(),
      pageSize: z.number().int(),
      pageCount: z.number().int(),
      total: z.number().int(),
    }),
  }),
});
export type ModerationQueue = z.output<typeof moderationQueueSchema>;

/** GET /api/moderation/comments/:documentId (a moderator's deep link), PATCH's and a reply's answer. */
export const moderatedCommentAnswerSchema = z.object({ data: moderatedCommentSchema });

export const bulkModerationResultSchema = z.object({
  data: z.array(moderatedCommentSchema),
  meta: z.object({ missing: z.array(z.string()) }),
});

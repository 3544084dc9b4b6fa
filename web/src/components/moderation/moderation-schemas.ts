/**
 * Everything zod the moderation console needs in the browser. Loaded on demand (see loadModerationSchemas in
 * queue-api.ts) — when the queue is fetched, a decision is saved or a reply is checked — so /moderation does
 * not ship zod with its first page, and the login form never loads it.
 */
export {
  moderatedAccountAnswerSchema,
  moderatedCommentAnswerSchema,
  moderatorMailsAnswerSchema,
  moderationQueueSchema,
  moderatorReplySchema,
  privacyEraseResultSchema,
  privacyExportSchema,
} from '@skinfacts/shared';

import { z } from 'zod';
import { COMMENT_REPORT_REASONS, LIMITS } from './limits';

const documentId = z
  .string({ error: 'comment must be a document id' })
  .trim()
  .regex(/^[A-Za-z0-9]{1,64}$/, { error: 'comment must be a document id' });

const reasonMessage = `Choose a reason: ${COMMENT_REPORT_REASONS.join(', ')}`;
const noteMessage = `The note can be at most ${LIMITS.reportNote} characters`;

/**
 * What a visitor sends to report an approved comment (the site's Report form → the site's route → the CMS):
 * the comment, a reason and an optional note. Nothing else; an empty note is no note.
 */
export const commentReportInputSchema = z.strictObject(
  {
    comment: documentId,
    reason: z.enum(COMMENT_REPORT_REASONS, { error: reasonMessage }),
    note: z
      .string({ error: noteMessage })
      .trim()
      .max(LIMITS.reportNote, { error: noteMessage })
      .transform((note) => (note === '' ? undefined : note))
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}` : undefined,
  },
);
export type CommentReportInput = z.output<typeof commentReportInputSchema>;

/**
 * The CMS's answer to a report. `counted` is false when this visitor had already reported the comment (a
 * visitor counts once); `heldForModeration` is true when this report took the comment back to pending.
 */
export const commentReportResultSchema = z.object({
  data: z.object({ counted: z.boolean(), heldForModeration: z.boolean() }),
});
export type CommentReportResult = z.output<typeof commentReportResultSchema>['data'];

/** A visitor's report as moderators see it (never who filed it). */
export const moderatedReportSchema = z.object({
  documentId: z.string(),
  reason: z.enum(COMMENT_REPORT_REASONS),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type ModeratedReport = z.output<typeof moderatedReportSchema>;

/** POST /api/moderation/comments/:documentId/reports/dismiss's answer: how many open reports it dismissed. */
export const dismissedReportsSchema = z.object({ data: z.object({ dismissed: z.number().int().min(0) }) });

import { z } from 'zod';
import { LIMITS } from './limits';

const emailMessage = `Enter a valid email address (up to ${LIMITS.authorEmail} characters)`;
const email = z
  .string({ error: emailMessage })
  .trim()
  .max(LIMITS.authorEmail, { error: emailMessage })
  .pipe(z.email({ error: emailMessage }));

const strict = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}` : undefined,
  });

/** POST /api/moderation/privacy/export: everything stored about one email address. */
export const privacyExportRequestSchema = strict({ email });
export type PrivacyExportRequest = z.output<typeof privacyExportRequestSchema>;

/** What an erasure does with the address's comments: keep the text under "Anonymous", or delete them. */
export const ERASE_COMMENT_MODES = ['anonymise', 'delete'] as const;
export type EraseCommentMode = (typeof ERASE_COMMENT_MODES)[number];

/** POST /api/moderation/privacy/erase */
export const privacyEraseRequestSchema = strict({
  email,
  comments: z.enum(ERASE_COMMENT_MODES, {
    error: `comments must be one of ${ERASE_COMMENT_MODES.join(', ')}`,
  }),
});
export type PrivacyEraseRequest = z.output<typeof privacyEraseRequestSchema>;

/**
 * The export: one section per kind of record (comments, reports, and later accounts, subscriptions), each a
 * list of plain records as stored, private fields included, so the person sees everything held about them.
 */
export const privacyExportSchema = z.object({
  data: z.object({
    email: z.string(),
    generatedAt: z.string(),
    sections: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  }),
});
export type PrivacyExport = z.output<typeof privacyExportSchema>['data'];

/** The erasure's outcome: how many records each step changed, by name (e.g. commentsAnonymised). */
export const privacyEraseResultSchema = z.object({
  data: z.object({ email: z.string(), counts: z.record(z.string(), z.number().int().min(0)) }),
});
export type PrivacyEraseResult = z.output<typeof privacyEraseResultSchema>['data'];

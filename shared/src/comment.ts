import { z } from 'zod';
import { LIMITS, OWN_COMMENTS_LIMIT } from './limits';
import { isHttpUrl } from './url';
import { avatarIdSchema } from './commenter-account';

export const MODERATION_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const;
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];

/** Strapi 5 document ids are short lowercase alphanumeric strings. */
const documentId = (field: string) =>
  z
    .string({ error: `${field} must be a document id` })
    .trim()
    .regex(/^[A-Za-z0-9]{1,64}$/, { error: `${field} must be a document id` });

const nameMessage = `Please enter your name (up to ${LIMITS.authorName} characters)`;
const emailMessage = `Please enter a valid email address (up to ${LIMITS.authorEmail} characters)`;
const urlMessage = 'Website must be a link starting with http:// or https://';
const urlLengthMessage = `Website must be at most ${LIMITS.authorUrl} characters`;
const bodyMessage = `Please write a comment (up to ${LIMITS.commentBody} characters)`;

/**
 * What a visitor may send when posting a comment — nothing else (unknown keys such as
 * `moderationStatus` are rejected). Used by the site's form, the site's route handler and the
 * CMS controller. An empty authorUrl means "no website" and comes out as undefined.
 */
export const commentInputSchema = z.strictObject(
  {
    article: documentId('article'),
    parent: documentId('parent').nullable().optional(),
    authorName: z
      .string({ error: nameMessage })
      .trim()
      .min(1, { error: nameMessage })
      .max(LIMITS.authorName, { error: nameMessage }),
    authorEmail: z
      .string({ error: emailMessage })
      .trim()
      .max(LIMITS.authorEmail, { error: emailMessage })
      .pipe(z.email({ error: emailMessage })),
    authorUrl: z
      .string({ error: urlMessage })
      .trim()
      .max(LIMITS.authorUrl, { error: urlLengthMessage })
      .refine((url) => url === '' || isHttpUrl(url), { error: urlMessage })
      .transform((url) => (url === '' ? undefined : url))
      .optional(),
    body: z
      .string({ error: bodyMessage })
      .trim()
      .min(1, { error: bodyMessage })
      .max(LIMITS.commentBody, { error: bodyMessage }),
    /**
     * "Email me when my comment is published and when someone replies": unticked (absent) by default. The CMS
     * first mails the address a link to confirm it; nothing else goes there until it is confirmed.
     */
    notifyMe: z.boolean({ error: 'notifyMe must be true or false' }).optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}` : undefined,
  },
);

const formTokenMissing =
  'formToken is missing: get one from GET /api/comments/form-token?article=<documentId> when showing the form';

/**
 * What the comment form posts: the visitor's input plus two fields the form fills in itself against bots —
 * `honeypot`, hidden from people and left empty by them, and `formToken`, which the CMS issued for this
 * article when the form was shown (GET /api/comments/form-token?article=…). It tells the CMS how long the form
 * was open, and it works once.
 */
export const commentSubmissionSchema = commentInputSchema.extend({
  honeypot: z.string().max(500).optional(),
  formToken: z
    .string({ error: formTokenMissing })
    .min(1, { error: formTokenMissing })
    .max(200, { error: 'formToken is not one the CMS issued: get a new one' }),
});

/**
 * GET /api/comments/form-token on the CMS and on the site: a form token is issued for one article, named by
 * its documentId, and nothing else may be asked.
 */
export const commentFormTokenQuerySchema = z.strictObject(
  {
    article: z
      .string({ error: 'Ask for ?article=<documentId of the article the form is on>' })
      .regex(/^[A-Za-z0-9]{1,64}$/, { error: 'article must be a document id (letters and digits)' }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown parameter(s): ${issue.keys.join(', ')}; only ?article=<documentId> is accepted`
        : undefined,
  },
);

export type CommentSubmission = z.output<typeof commentSubmissionSchema>;

/** The values a form holds before parsing. */
export type CommentInputValues = z.input<typeof commentInputSchema>;
/** The cleaned values after parsing (trimmed, empty authorUrl removed). */
export type CommentInput = z.output<typeof commentInputSchema>;

/**
 * A comment as public readers see it — the only fields that ever leave the CMS publicly.
 * A stored authorUrl that is not a safe http(s) link is dropped (null), never rendered.
 */
export const publicCommentSchema = z.object({
  id: z.number(),
  documentId: z.string(),
  body: z.string(),
  authorName: z.string(),
  authorUrl: z
    .string()
    .nullable()
    .transform((url) => (url !== null && isHttpUrl(url) ? url : null)),
  createdAt: z.iso.datetime({ offset: true }),
  parent: z.object({ documentId: z.string() }).nullable().optional(),
  /** A moderator's reply from the moderation console; shown with a staff badge. */
  staffReply: z
    .boolean()
    .nullable()
    .optional()
    .transform((staff) => staff === true),
  /** Its picture, served by the site at /api/auth/avatar/<avatarId>; null: generated initials. */
  avatarId: avatarIdSchema
    .nullable()
    .optional()
    .transform((id) => id ?? null),
});

export type PublicComment = z.output<typeof publicCommentSchema>;

/**
 * POST /api/comments/own on the CMS — only the site may call it (shared secret), after checking the
 * visitor's signed own-comment tokens: the status of the visitor's own comments.
 */
export const ownCommentsQuerySchema = z.strictObject({
  documentIds: z
    .array(documentId('documentIds'))
    .min(1, { error: 'Send at least one documentId' })
    .max(OWN_COMMENTS_LIMIT, { error: `At most ${OWN_COMMENTS_LIMIT} documentIds at once` }),
});

/**
 * One of the visitor's own comments as they may see it: public fields plus its status. A comment filed as
 * spam reads as pending, so a bot never learns it was caught.
 */
export const ownCommentSchema = publicCommentSchema.extend({
  moderationStatus: z.enum(['pending', 'approved', 'rejected']),
  article: z.object({ documentId: z.string() }).nullable().optional(),
});

export type OwnComment = z.output<typeof ownCommentSchema>;

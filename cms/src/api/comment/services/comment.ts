import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CommentSubmission } from '@skinfacts/shared';
import { screenComment } from '../../../rules/comment-screening';
import { decideCommentStatus, holdReason, type SubmittedStatus } from '../../../rules/comment-status';
import { notifyModeratorsOfHeldComment, requestSubscription } from '../../../notifications';
import { checkFormToken, type FormTokenProblem } from '../../../rules/form-token';
import { checkDuplicate, checkFlood, checkRateLimit } from './submission-guards';
import { cmsEnv } from '../../../env';
import { commentSettingsOf } from '../../comment-setting/services/comment-setting';
import { COMMENT_UID } from '../uid';
import { signedInAuthor, type SignedInAuthor } from './signed-in';

export type SubmissionContext = {
  ip: string;
  userAgent: string | undefined;
  /** A signed-in commenter's session token (from the site, see COMMENTER_SESSION_HEADER). */
  sessionToken?: string;
};

/** The form-token-use service as this one calls it (`strapi.service()` types its members `any`). */
type FormTokenUses = {
  spendWith<T>(nonce: string, write: () => Promise<T>): Promise<T>;
  pruneExpired(): Promise<number>;
};

function fieldError(path: string, message: string) {
  return new errors.ValidationError(message, { errors: [{ path: [path], message }] });
}

/** The IP is kept only as a salted hash: enough to rate-limit and spot floods, useless to anyone who reads it. */
export function hashIp(ip: string, salt: string) {
  return createHash('sha256').update(`${salt}:${ip}`).digest('hex');
}

const FORM_TOKEN_PROBLEMS: Record<FormTokenProblem, string> = {
  malformed: 'The comment form has expired. Reload the page and send your comment again.',
  expired: 'The comment form has expired. Reload the page and send your comment again.',
  'other-article':
    'This comment form belongs to another article. Reload the page and send your comment again.',
};

/** Secret for form tokens: Strapi's own signing keys. */
export function formTokenSecret() {
  const key = cmsEnv().APP_KEYS[0];
  if (!key) throw new Error('APP_KEYS is not set');
  return key;
}

const commentService = factories.createCoreService(COMMENT_UID, ({ strapi }: { strapi: Core.Strapi }) => ({
  async assertArticleOpen(input: Pick<CommentSubmission, 'article' | 'parent'>) {
    const article = await strapi.documents('api::article.article').findOne({
      documentId: input.article,
      status: 'published',
      fields: ['commentsOpen'],
    });
    if (!article) throw fieldError('article', 'There is no published article with this id.');
    // A PolicyError, not a ForbiddenError: Strapi replaces a ForbiddenError's message with "Forbidden".
    if (article.commentsOpen === false) {
      throw new errors.PolicyError('Comments are closed on this article.', { reason: 'comments-closed' });
    }
    if (!input.parent) return;
    const parent = await strapi.documents(COMMENT_UID).findOne({
      documentId: input.parent,
      fields: ['moderationStatus'],
      populate: { article: { fields: ['documentId'] } },
    });
    const parentArticle = parent?.article as { documentId?: string } | null | undefined;
    if (!parent || parent.moderationStatus !== 'approved') {
      throw fieldError('parent', 'The comment you are replying to does not exist.');
    }
    if (parentArticle?.documentId !== input.article) {
      throw fieldError('parent', 'The comment you are replying to belongs to another article.');
    }
  },

  /** The commenter ticked "Email me…": a confirmation mail, unless the address is confirmed already. */
  async subscribe(email: string, articleDocumentId: string) {
    try {
      const article = await strapi.documents('api::article.article').findOne({
        documentId: articleDocumentId,
        status: 'published',
        fields: ['title'],
      });
      await requestSubscription(strapi, email, article?.title ?? 'an article');
    } catch (error) {
      // The comment is stored either way; the commenter can tick the box again with their next one.
      strapi.log.warn(`notifications: could not ask ${email} to confirm: ${String(error)}`);
    }
  },

  /**
   * Stores a visitor's comment after the defences (see README, "Comments"). The CMS decides everything a
   * visitor may not: the status, ids and timestamps are its own. Returns the stored comment; a comment filed
   * as spam is returned like any other, so a bot learns nothing from the answer.
   */
  async submit(submitted: CommentSubmission, context: SubmissionContext) {
    const token = checkFormToken(submitted.formToken, formTokenSecret(), { article: submitted.article });
    if (!token.valid) throw fieldError('formToken', FORM_TOKEN_PROBLEMS[token.problem]);
    const settings = await commentSettingsOf(strapi).current();
    if (!settings.commentsOpen) {
      throw new errors.PolicyError('Comments are closed on this site for now.', {
        reason: 'comments-closed',
      });
    }
    const signedIn: SignedInAuthor | null = context.sessionToken
      ? await signedInAuthor(strapi, context.sessionToken, submitted, settings.blockedAccountComments)
      : null;
    const input = signedIn?.input ?? submitted;
    await this.assertArticleOpen(input);

    const ipHash = hashIp(context.ip, cmsEnv().COMMENT_IP_SALT);
    await checkRateLimit(ipHash);
    await checkFlood(strapi, ipHash, input.authorEmail);
    await checkDuplicate(strapi, input.article, input.authorEmail, input.body);

    const signals = {
      honeypotFilled: Boolean(input.honeypot),
      elapsedMs: token.elapsedMs,
      screening: screenComment(input, settings),
      autoApprove: signedIn ? settings.autoApproveSignedIn : settings.autoApprove,
    };
    const { reasons, ...decision } = decideCommentStatus(signals);
    let moderationStatus: SubmittedStatus = decision.moderationStatus;
    if (signedIn?.toSpam) {
      moderationStatus = 'spam';
      reasons.push('blocked account');
    } else if (decision.approveIfKnownAuthor) {
      // A signed-in commenter is known by their account, a guest by their email.
      const where = signedIn
        ? { commenterAccount: { documentId: signedIn.account.documentId } }
        : { authorEmail: input.authorEmail };
      const approvedBefore = await strapi.db
        .query(COMMENT_UID)
        .count({ where: { ...where, moderationStatus: 'approved' } });
      if (approvedBefore > 0) moderationStatus = 'approved';
    }

    // The token's nonce is spent in the comment's own transaction: one token, one comment (see form-token-use).
    const formTokenUses = strapi.service('api::form-token-use.form-token-use') as FormTokenUses;
    const comment = await formTokenUses.spendWith(token.nonce, async () => {
      const created = await strapi.documents(COMMENT_UID).create({
        data: {
          article: input.article,
          parent: input.parent ?? undefined,
          authorName: input.authorName,
          authorEmail: input.authorEmail,
          authorUrl: input.authorUrl,
          body: input.body,
          moderationStatus,
          moderatedAt: moderationStatus === 'approved' ? new Date().toISOString() : undefined,
          moderatedBy:
            moderationStatus === 'approved' ? 'auto-approve (earlier approved comment)' : undefined,
          commenterAccount: signedIn?.account.documentId,
          ipHash,
          userAgent: context.userAgent?.slice(0, 500),
          spamSignals: { reasons, elapsedMs: token.elapsedMs },
          notifyAuthor: input.notifyMe === true,
        },
      });
      // In the comment's transaction: the moderators' mails exist exactly when the comment does.
      const hold = holdReason(moderationStatus, signals, reasons);
      if (hold) await notifyModeratorsOfHeldComment(strapi, created.documentId, hold);
      return created;
    });
    if (input.notifyMe && moderationStatus !== 'spam') {
      await this.subscribe(input.authorEmail, input.article);
    }
    await formTokenUses.pruneExpired().catch((error: unknown) => {
      strapi.log.warn(`form tokens: could not prune old uses: ${String(error)}`);
    });
    return comment;
  },
}));

export default commentService;

export type CommentService = ReturnType<typeof commentService>;

/** This service with its own type (Strapi's `strapi.service()` types every service's members as `any`). */
export const commentServiceOf = (strapi: Core.Strapi) => strapi.service(COMMENT_UID) as CommentService;

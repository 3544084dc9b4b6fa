import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SIGN_IN_ENDED_MESSAGE, type CommentSubmission } from '@skinfacts/shared';
import { commentEmailOf, type StoredAccount } from '../../commenter-account/account-shape';
import { commenterAccountsOf } from '../../commenter-account/services/commenter-account';

/** The commenter's sign-in ended (logged out elsewhere, expired, account deleted): the controller answers 401. */
export class SignInEndedError extends errors.ApplicationError {
  constructor() {
    super(SIGN_IN_ENDED_MESSAGE, { reason: 'signed-out' });
  }
}

export type BlockedAccountRule = 'refuse' | 'spam';

export type SignedInAuthor = {
  account: StoredAccount;
  /** The submission with the account's name and email in place of anything the form sent. */
  input: CommentSubmission;
  /** A blocked account whose comments go straight to spam (the Comment setting). */
  toSpam: boolean;
};

/**
 * A signed-in commenter's comment: the CMS, not the form, decides the author (the account's name and email,
 * no website). A blocked account is refused with a clear message, or its comment is filed as spam.
 */
export async function signedInAuthor(
  strapi: Core.Strapi,
  sessionToken: string,
  input: CommentSubmission,
  blockedRule: BlockedAccountRule,
): Promise<SignedInAuthor> {
  const account = await commenterAccountsOf(strapi).accountOfSession(sessionToken);
  if (!account) throw new SignInEndedError();
  if (account.blocked && blockedRule === 'refuse') {
    throw new errors.PolicyError('This account has been blocked from commenting on Skinfacts.', {
      reason: 'account-blocked',
    });
  }
  return {
    account,
    input: {
      ...input,
      authorName: account.displayName ?? input.authorName,
      authorEmail: commentEmailOf(account),
      authorUrl: undefined,
    },
    toSpam: account.blocked === true,
  };
}

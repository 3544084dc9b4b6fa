import type { CommenterAccount, CommenterProvider } from '@skinfacts/shared';
import { COMMENTER_PROVIDERS } from '@skinfacts/shared';

/** An account row as the Document Service returns it. */
export type StoredAccount = {
  id?: number | string;
  documentId: string;
  provider?: string | null;
  displayName?: string | null;
  avatarUrl?: string | null;
  email?: string | null;
  blocked?: boolean | null;
};

export const ACCOUNT_FIELDS = ['provider', 'displayName', 'avatarUrl', 'email', 'blocked'] as const;

const providerOf = (value: string | null | undefined): CommenterProvider =>
  COMMENTER_PROVIDERS.find((provider) => provider === value) ?? 'oidc';

/** What the site learns about an account: never the email or the provider's picture address. */
export function toCommenterAccount(account: StoredAccount): CommenterAccount {
  return {
    documentId: account.documentId,
    provider: providerOf(account.provider),
    displayName: account.displayName ?? '',
    hasAvatar: Boolean(account.avatarUrl),
    blocked: account.blocked === true,
  };
}

/**
 * The email a signed-in comment is stored with: the account's own, or one that names the account and can
 * never receive mail (`.invalid` is reserved), so the per-email rules (flood, duplicates) still hold.
 */
export const commentEmailOf = (account: StoredAccount) =>
  account.email || `account-${account.documentId.toLowerCase()}@signed-in.invalid`;

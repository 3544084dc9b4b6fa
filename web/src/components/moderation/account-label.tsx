'use client';
import type { ModeratedAccount } from '@skinfacts/shared';
import styles from './moderation.module.css';
import { BlockAccount } from './block-account';
import { useProviderLabel } from './provider-labels';

type Props = { account: ModeratedAccount; onShowAccount: (account: ModeratedAccount) => void };

/**
 * "Signed in with <provider>" (never the account's email): a click lists the account's comments; the account can
 * be blocked or unblocked from here.
 */
export function AccountLabel({ account, onShowAccount }: Props) {
  const provider = useProviderLabel(account.provider);
  return (
    <p className={styles.meta}>
      <button
        type="button"
        className={styles.linkButton}
        title={`Show every comment of ${account.displayName}`}
        onClick={() => onShowAccount(account)}
      >
        Signed in with {provider}
      </button>
      {account.blocked ? <strong className={styles.blocked}> · Blocked</strong> : null}{' '}
      <BlockAccount account={account} />
    </p>
  );
}

'use client';
import type { ModeratedAccount } from '@skinfacts/shared';
import styles from './moderation.module.css';
import { useProviderLabel } from './provider-labels';

/** The banner while the queue shows one commenter account's comments only. */
export function AccountFilter({ account, onClear }: { account: ModeratedAccount; onClear: () => void }) {
  const provider = useProviderLabel(account.provider);
  return (
    <p role="status" className={styles.filter}>
      Only the comments of <strong>{account.displayName}</strong> (signed in with {provider}).{' '}
      <button type="button" onClick={onClear}>
        Show all comments
      </button>
    </p>
  );
}

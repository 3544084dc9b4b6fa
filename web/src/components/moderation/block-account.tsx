'use client';
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ModeratedAccount } from '@skinfacts/shared';
import styles from './moderation.module.css';
import { setAccountBlocked } from './console-api';
import { moderationKeys } from './queue-api';

/** "Block account" (after a confirmation) or "Unblock account"; every row of the account shows the new state. */
export function BlockAccount({ account }: { account: ModeratedAccount }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const change = useMutation({
    mutationFn: (blocked: boolean) => setAccountBlocked(account.documentId, blocked),
    onSuccess: () => setConfirming(false),
    onSettled: () => queryClient.invalidateQueries({ queryKey: moderationKeys.all }),
  });
  const failure = change.isError ? (
    <span role="alert" className={styles.error}>
      {change.error.message}
    </span>
  ) : null;

  if (account.blocked) {
    return (
      <>
        <button type="button" disabled={change.isPending} onClick={() => change.mutate(false)}>
          Unblock account
        </button>
        {failure}
      </>
    );
  }
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)}>
        Block account…
      </button>
    );
  }
  return (
    <span role="group" aria-label="Confirm the block" className={styles.confirm}>
      Block {account.displayName}? Their next comments are refused, or filed as spam if Comment settings say
      so.{' '}
      <button type="button" disabled={change.isPending} onClick={() => change.mutate(true)}>
        Yes, block
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        Cancel
      </button>
      {failure}
    </span>
  );
}

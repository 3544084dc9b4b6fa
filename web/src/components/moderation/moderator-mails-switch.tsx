'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { moderatorMailsQuery, setModeratorMails } from './console-api';
import { moderationKeys } from './queue-api';
import styles from './moderation.module.css';

/** The logged-in moderator's own switch: a mail (or the digest) whenever a comment is held, or none. */
export function ModeratorMailsSwitch() {
  const queryClient = useQueryClient();
  const mails = useQuery(moderatorMailsQuery());
  const change = useMutation({
    mutationFn: setModeratorMails,
    onSuccess: (on) => queryClient.setQueryData(moderationKeys.mails, on),
  });
  const on = change.isPending ? change.variables : mails.data;
  return (
    <p>
      <label>
        <input
          type="checkbox"
          checked={on === true}
          disabled={on === undefined || change.isPending}
          onChange={(event) => change.mutate(event.target.checked)}
        />{' '}
        Email me when a comment is held
      </label>
      {change.isSuccess && !change.isPending ? (
        <span role="status" className={styles.meta}>
          {' '}
          Saved: mails {change.data ? 'on' : 'off'}.
        </span>
      ) : null}
      {mails.isError || change.isError ? (
        <span role="alert" className={styles.error}>
          {' '}
          {(change.error ?? mails.error)?.message ?? 'The setting could not be loaded.'}
        </span>
      ) : null}
    </p>
  );
}

'use client';
import { QueryClientProvider } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import styles from './moderation.module.css';
import { getQueryClient } from '@/lib/query/get-query-client';
import { ModerationQueue } from './moderation-queue';
import { logOut } from './queue-api';

/** The logged-in console: who is moderating, logout, and the queue. */
export function ModerationConsole({ username }: { username: string }) {
  const router = useRouter();
  return (
    <QueryClientProvider client={getQueryClient()}>
      <header className={styles.header}>
        <h1>Moderation</h1>
        <p>
          Logged in as <strong>{username}</strong>{' '}
          <button
            type="button"
            onClick={async () => {
              await logOut().catch(() => undefined);
              getQueryClient().clear();
              router.refresh();
            }}
          >
            Log out
          </button>
        </p>
        <p className={styles.meta}>
          Shortcuts: focus a comment, then <kbd>a</kbd> approve, <kbd>r</kbd> reject, <kbd>s</kbd> spam.
        </p>
      </header>
      <ModerationQueue />
    </QueryClientProvider>
  );
}

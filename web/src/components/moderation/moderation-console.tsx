'use client';
import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import styles from './moderation.module.css';
import { getQueryClient } from '@/lib/query/get-query-client';
import { ModerationQueue } from './moderation-queue';
import { PrivacyPanel } from './privacy-panel';
import { ModerationRequestError, logOut } from './queue-api';

/** The logged-in console: who is moderating, logout, and the queue. */
export function ModerationConsole({ username }: { username: string }) {
  const router = useRouter();
  const [logoutError, setLogoutError] = useState<string | null>(null);

  // Called as `void logOutAndRefresh()`: it catches the one call that can fail and shows the failure.
  async function logOutAndRefresh() {
    setLogoutError(null);
    try {
      await logOut();
    } catch (error) {
      // Still logged in (the CMS could not end the login): say so rather than pretend.
      setLogoutError(
        error instanceof ModerationRequestError ? error.message : 'The site could not be reached. Try again.',
      );
      return;
    }
    getQueryClient().clear();
    router.refresh();
  }
  return (
    <QueryClientProvider client={getQueryClient()}>
      <header className={styles.header}>
        <h1>Moderation</h1>
        <p>
          Logged in as <strong>{username}</strong>{' '}
          <button type="button" onClick={() => void logOutAndRefresh()}>
            Log out
          </button>
        </p>
        {logoutError ? <p role="alert">{logoutError}</p> : null}
        <p className={styles.meta}>
          Shortcuts: focus a comment, then <kbd>a</kbd> approve, <kbd>r</kbd> reject, <kbd>s</kbd> spam.
        </p>
      </header>
      <ModerationQueue />
      <PrivacyPanel />
    </QueryClientProvider>
  );
}

'use client';
import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import styles from './moderation.module.css';
import { getQueryClient } from '@/lib/query/get-query-client';
import { ModerationQueue } from './moderation-queue';
import { PrivacyPanel } from './privacy-panel';
import { ModerationRequestError, logOut } from './queue-api';
import { ModeratorMailsSwitch } from './moderator-mails-switch';
import { ProviderLabelsProvider, type ProviderLabels } from './provider-labels';

type Props = {
  username: string;
  providerLabels: ProviderLabels;
  /** From `/moderation?comment=<documentId>`: the comment to show first. */
  linkedComment?: string | null;
  linkProblem?: string | null;
};

/** The logged-in console: who is moderating, logout, their own mail switch, and the queue. */
export function ModerationConsole({ username, providerLabels, linkedComment, linkProblem }: Props) {
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
        <ModeratorMailsSwitch />
        <p className={styles.meta}>
          Shortcuts: focus a comment, then <kbd>a</kbd> approve, <kbd>r</kbd> reject, <kbd>s</kbd> spam.
        </p>
      </header>
      <ProviderLabelsProvider value={providerLabels}>
        <ModerationQueue linkedComment={linkedComment} linkProblem={linkProblem} />
      </ProviderLabelsProvider>
      <PrivacyPanel />
    </QueryClientProvider>
  );
}

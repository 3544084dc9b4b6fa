'use client';
import { useState } from 'react';
import { InitialsAvatar } from './initials-avatar';
import { postAuth, type CommenterSession } from './commenter-session-api';
import styles from './comments.module.css';

type Props = {
  session: CommenterSession;
  /** Called before the browser leaves for a provider: the form keeps what was typed. */
  onLeave: () => void;
  /** The session changed (logged out, account deleted): ask the site again. */
  onChanged: () => void;
};

/**
 * Above the comment fields: "sign in with …" buttons for each configured provider, or who is commenting with
 * Log out · Change · Delete my account. With no provider configured and nobody signed in, nothing at all.
 */
export function CommenterSignIn({ session, onLeave, onChanged }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [changing, setChanging] = useState(false);
  const { account, providers } = session;
  const shownProblem = problem ?? session.problem;

  const act = async (path: '/api/auth/sign-out' | '/api/auth/delete-account', then?: () => void) => {
    setBusy(true);
    const refused = await postAuth(path);
    setBusy(false);
    setProblem(refused);
    if (refused) return;
    onChanged();
    then?.();
  };

  const signInLink = (id: string) =>
    `/api/auth/sign-in/${id}?returnTo=${encodeURIComponent(window.location.pathname)}${changing ? '&change=1' : ''}`;

  if (!account && providers.length === 0) return null;
  return (
    <div className={styles.signIn} data-testid="commenter-sign-in">
      {shownProblem ? (
        <p role="alert" className={styles.formError}>
          {shownProblem}
        </p>
      ) : null}
      {account ? (
        <p className={styles.signedIn}>
          <InitialsAvatar name={account.displayName} picture={account.avatarUrl} />
          <span>
            You are commenting as <strong>{account.displayName}</strong> ({account.providerLabel}) ·{' '}
            <button
              type="button"
              className={styles.linkButton}
              disabled={busy}
              onClick={() => void act('/api/auth/sign-out')}
            >
              Log out
            </button>{' '}
            ·{' '}
            <button
              type="button"
              className={styles.linkButton}
              disabled={busy}
              onClick={() => void act('/api/auth/sign-out', () => setChanging(true))}
            >
              Change
            </button>{' '}
            ·{' '}
            <button
              type="button"
              className={styles.linkButton}
              disabled={busy}
              onClick={() => {
                if (window.confirm('Delete your account? Your comments stay, but as "Anonymous".')) {
                  void act('/api/auth/delete-account');
                }
              }}
            >
              Delete my account
            </button>
          </span>
        </p>
      ) : (
        <p className={styles.providers}>
          Fill in your details below or sign in with{' '}
          {providers.map((provider) => (
            <a
              key={provider.id}
              className={styles.providerButton}
              href={signInLink(provider.id)}
              onClick={onLeave}
            >
              {provider.label}
            </a>
          ))}
        </p>
      )}
    </div>
  );
}

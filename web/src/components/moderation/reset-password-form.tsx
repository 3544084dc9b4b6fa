'use client';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { MODERATOR_PASSWORD } from '@skinfacts/shared/limits';
import styles from './moderation.module.css';
import { sendAccountForm, type AccountFormAnswer } from './send-account-form';

type Field = 'password' | 'passwordConfirmation';

/** The emailed link's code and a new password twice → POST /api/moderation/password/reset. */
export function ResetPasswordForm({ code }: { code: string }) {
  const [password, setPassword] = useState('');
  const [passwordConfirmation, setPasswordConfirmation] = useState('');
  const [answer, setAnswer] = useState<AccountFormAnswer | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await sendAccountForm('/api/moderation/password/reset', {
      code,
      password,
      passwordConfirmation,
    });
    setBusy(false);
    setAnswer(result);
    if (result.ok) {
      setPassword('');
      setPasswordConfirmation('');
    }
  }

  if (answer?.ok) {
    return (
      <section className={styles.login} aria-labelledby="reset-title">
        <h1 id="reset-title">Password changed</h1>
        <p role="status">
          Your new password is set, and every other login of this account has ended.
          {answer.loggedIn ? ' You are logged in.' : ' Log in with the new password.'}
        </p>
        <Link href="/moderation">{answer.loggedIn ? 'Go to moderation' : 'Log in'}</Link>
      </section>
    );
  }

  const problem = (field: Field) => answer?.fieldErrors[field]?.[0];
  const formError =
    answer && !problem('password') && !problem('passwordConfirmation') ? answer.error : undefined;
  const describedBy = (field: Field) => (problem(field) ? `${field}-error` : `${field}-hint`);

  return (
    <form onSubmit={(event) => void submit(event)} className={styles.login} aria-labelledby="reset-title">
      <h1 id="reset-title">Choose a new password</h1>
      <label htmlFor="new-password">New password</label>
      <input
        id="new-password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MODERATOR_PASSWORD.minLength}
        value={password}
        aria-invalid={problem('password') ? true : undefined}
        aria-describedby={describedBy('password')}
        onChange={(event) => setPassword(event.target.value)}
      />
      <p
        id={problem('password') ? 'password-error' : 'password-hint'}
        role={problem('password') ? 'alert' : undefined}
      >
        {problem('password') ??
          `At least ${MODERATOR_PASSWORD.minLength} characters; a few words make a good one.`}
      </p>
      <label htmlFor="new-password-again">New password, again</label>
      <input
        id="new-password-again"
        type="password"
        autoComplete="new-password"
        required
        value={passwordConfirmation}
        aria-invalid={problem('passwordConfirmation') ? true : undefined}
        aria-describedby={problem('passwordConfirmation') ? 'passwordConfirmation-error' : undefined}
        onChange={(event) => setPasswordConfirmation(event.target.value)}
      />
      {problem('passwordConfirmation') ? (
        <p id="passwordConfirmation-error" role="alert">
          {problem('passwordConfirmation')}
        </p>
      ) : null}
      {formError ? (
        <p role="alert">
          {formError} <Link href="/moderation/forgot-password">Ask for a new link</Link>
        </p>
      ) : null}
      <button type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Set the new password'}
      </button>
    </form>
  );
}

'use client';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import styles from './moderation.module.css';
import { sendAccountForm } from './send-account-form';

/** Email → POST /api/moderation/password/forgot; the answer is the same whether or not the account exists. */
export function ForgotPasswordForm() {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const answer = await sendAccountForm('/api/moderation/password/forgot', { email });
    setBusy(false);
    setSent(answer.ok);
    setError(answer.ok ? null : (answer.fieldErrors.email?.[0] ?? answer.error ?? null));
  }

  if (sent) {
    return (
      <section className={styles.login} aria-labelledby="forgot-title">
        <h1 id="forgot-title">Check your email</h1>
        <p role="status">
          If {email} belongs to an account, a link to choose a new password is on its way. It works once. No
          mail after a few minutes? Check the spam folder, or ask again.
        </p>
        <Link href="/moderation">Back to the login</Link>
      </section>
    );
  }

  return (
    <form onSubmit={(event) => void submit(event)} className={styles.login} aria-labelledby="forgot-title">
      <h1 id="forgot-title">Forgot your password?</h1>
      <p>Enter your account&apos;s email address and we&apos;ll send you a link to choose a new one.</p>
      <label htmlFor="forgot-email">Email</label>
      <input
        id="forgot-email"
        type="email"
        autoComplete="username"
        required
        value={email}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'forgot-error' : undefined}
        onChange={(event) => setEmail(event.target.value)}
      />
      {error ? (
        <p id="forgot-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={busy}>
        {busy ? 'Sending…' : 'Send the link'}
      </button>
      <Link href="/moderation">Back to the login</Link>
    </form>
  );
}

'use client';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { errorMessageOf, fetchJson } from '@/lib/http/fetch-json';
import styles from './moderation.module.css';

/** Email + password → POST /api/moderation/session, which sets the httpOnly session cookie. */
export function LoginForm({ notice }: { notice?: string }) {
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { ok, body } = await fetchJson('/api/moderation/session', {
        method: 'POST',
        body: JSON.stringify({ email, password }),
      });
      if (ok) {
        setPassword('');
        router.refresh();
        return;
      }
      setError(errorMessageOf(body) ?? 'Logging in failed.');
    } catch {
      setError('The site could not be reached. Try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    // submit() catches every failure and shows it: nothing is left for the returned promise to carry.
    <form onSubmit={(event) => void submit(event)} className={styles.login} aria-label="Moderator login">
      <h1>Moderation</h1>
      {notice ? <p role="status">{notice}</p> : null}
      <label htmlFor="moderator-email">Email</label>
      <input
        id="moderator-email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <label htmlFor="moderator-password">Password</label>
      <input
        id="moderator-password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      {error ? <p role="alert">{error}</p> : null}
      <button type="submit" disabled={busy}>
        {busy ? 'Logging in…' : 'Log in'}
      </button>
      <Link href="/moderation/forgot-password">Forgot your password?</Link>
    </form>
  );
}

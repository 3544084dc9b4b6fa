import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { SESSION_COOKIE } from '@/lib/auth/session';
import { getModerator } from '@/lib/cms/moderation';
import { LoginForm } from '@/components/moderation/login-form';
import { ModerationConsole } from '@/components/moderation/moderation-console';

export const metadata: Metadata = {
  title: 'Moderation',
  robots: { index: false, follow: false },
};

/**
 * The moderation console. Reads the session cookie, so it renders per request and is never cached.
 * No session or an expired one: the login. A session that is not a moderator's: 403, never the queue.
 */
export default async function ModerationPage() {
  const jwt = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!jwt) return <LoginForm />;
  const moderator = await getModerator(jwt);
  if (moderator === 'expired') return <LoginForm notice="Your session has expired. Please log in again." />;
  if (moderator === 'forbidden') {
    return (
      <section aria-labelledby="forbidden-title">
        <h1 id="forbidden-title">403 — not a moderator</h1>
        <p>This account may not moderate comments. Ask an admin for the Moderator role.</p>
      </section>
    );
  }
  return <ModerationConsole username={moderator.username} />;
}

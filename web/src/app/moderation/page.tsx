import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { moderationDocumentIdSchema } from '@skinfacts/shared';
import { SESSION_COOKIE } from '@/lib/auth/session';
import { getModerator } from '@/lib/cms/moderation';
import { allProviderLabels } from '@/lib/commenter/providers';
import { LoginForm } from '@/components/moderation/login-form';
import { ModerationConsole } from '@/components/moderation/moderation-console';

export const metadata: Metadata = {
  title: 'Moderation',
  robots: { index: false, follow: false },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `?comment=<documentId>` (the held-comment mails link here): the comment to show, or why the link is unusable. */
function linkedCommentOf(comment: string | string[] | undefined) {
  if (comment === undefined) return { linkedComment: null, linkProblem: null };
  const parsed = moderationDocumentIdSchema.safeParse(comment);
  return parsed.success
    ? { linkedComment: parsed.data, linkProblem: null }
    : { linkedComment: null, linkProblem: 'The link names no comment: ?comment= takes one comment id.' };
}

/**
 * The moderation console. Reads the session cookie, so it renders per request and is never cached.
 * No session or an expired one: the login (the address, and so a `?comment=` link, stays for after it).
 * A session that is not a moderator's: 403, never the queue.
 */
export default async function ModerationPage({ searchParams }: Props) {
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
  return (
    <ModerationConsole
      username={moderator.username}
      providerLabels={allProviderLabels()}
      {...linkedCommentOf((await searchParams).comment)}
    />
  );
}

import Link from 'next/link';
import type { Metadata } from 'next';
import { ResetPasswordForm } from '@/components/moderation/reset-password-form';

export const metadata: Metadata = {
  title: 'Choose a new password',
  robots: { index: false, follow: false },
  // The code in the address must not travel to other sites in a Referer.
  referrer: 'no-referrer',
};

/** Where the CMS's reset email links to: `?code=…`. Without a code, the way to ask for one. */
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ code?: string | string[] }>;
}) {
  const { code } = await searchParams;
  if (typeof code !== 'string' || code === '') {
    return (
      <section aria-labelledby="reset-title">
        <h1 id="reset-title">This link has no reset code</h1>
        <p>
          Open the link from the email exactly as it came, or{' '}
          <Link href="/moderation/forgot-password">ask for a new one</Link>.
        </p>
      </section>
    );
  }
  return <ResetPasswordForm code={code} />;
}

import type { Metadata } from 'next';
import { emailLinkTokenSchema } from '@skinfacts/shared';
import { EmailLinkPage } from '@/components/email/email-link-page';

export const metadata: Metadata = {
  title: 'Confirm your email address',
  robots: { index: false, follow: false },
  // The token in the address must not travel to other sites in a Referer.
  referrer: 'no-referrer',
};

/** Where the link in a mail leads: `?token=…`; the button on the page sends it. */
export default async function Page({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const parsed = emailLinkTokenSchema.safeParse(token);
  return <EmailLinkPage action="confirm" token={parsed.success ? parsed.data : null} />;
}

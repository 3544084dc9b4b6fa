import type { Metadata } from 'next';
import { EmailLinkPage } from '@/components/email/email-link-page';
import { pageToken } from '@/lib/email-links/page-token';

export const metadata: Metadata = {
  title: 'Stop emails from Skinfacts',
  robots: { index: false, follow: false },
  // The token in the address must not travel to other sites in a Referer.
  referrer: 'no-referrer',
};

/** Where the link in a mail leads: `?token=…` and nothing else; the button on the page sends it. */
export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <EmailLinkPage action="unsubscribe" token={pageToken(await searchParams)} />;
}

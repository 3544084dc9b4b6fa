import type { ParsedMail } from 'mailparser';
import type { Browser } from 'playwright-core';
import { accessibilityViolations } from './helpers/axe';
import { launchBrowser, openWatchedPage } from './helpers/browser';
import { approveThroughCms, moderatorHeaders, postThroughForm } from './helpers/approved-comment';
import { waitForMailTo } from './helpers/mail';
import { stack } from './helpers/stack';

/**
 * Issue 14: the links in a commenter's mails, on the real stack. The double opt-in's confirm page, a tampered
 * link that changes nothing, and a mail provider's one-click unsubscribe (RFC 8058) without any login.
 */
const RUN = Date.now().toString(36);
const COMMENT = {
  slug: 'what-is-microneedling',
  name: `Casey ${RUN}`,
  email: `casey-${RUN}@example.org`,
  body: `Does the numbing cream sting? (${RUN})`,
  notifyMe: true,
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
jest.setTimeout(300_000);

/** The address's subscription as the CMS stores it, read through the moderators' privacy export. */
async function subscriptionStatus(): Promise<string | undefined> {
  const res = await fetch(`${stack.cmsUrl}/api/moderation/privacy/export`, {
    method: 'POST',
    headers: await moderatorHeaders(),
    body: JSON.stringify({ email: COMMENT.email }),
  });
  if (!res.ok) throw new Error(`the privacy export failed: ${res.status} ${await res.text()}`);
  const { data } = (await res.json()) as {
    data: { sections: { subscriptions?: { subscriptionStatus: string }[] } };
  };
  return data.sections.subscriptions?.[0]?.subscriptionStatus;
}

/** The first link in a mail's text to a page of the site. */
function siteLink(mail: ParsedMail, pagePath: string): string {
  const link = (mail.text ?? '').split(/\s+/).find((word) => word.startsWith(`${stack.webUrl}${pagePath}?`));
  if (!link) throw new Error(`no ${pagePath} link in:\n${mail.text ?? ''}`);
  return link;
}

/** The link with another address written into its token, the signature kept: the shape is right, the HMAC not. */
function tampered(link: string): string {
  const url = new URL(link);
  const [body, signature] = (url.searchParams.get('token') ?? '').split('.');
  const payload = JSON.parse(Buffer.from(body ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
  const forged = Buffer.from(JSON.stringify({ ...payload, e: `victim-${RUN}@example.org` })).toString(
    'base64url',
  );
  url.searchParams.set('token', `${forged}.${signature ?? ''}`);
  return url.toString();
}

describe('the links in a commenter’s mails', () => {
  it('confirm the address on the site’s page, refuse a tampered link, and stop mails in one click', async () => {
    const author = await openWatchedPage(
      await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.210' } }),
    );
    const postedAt = new Date();
    await postThroughForm(author.page, COMMENT);
    const confirmLink = siteLink(await waitForMailTo(COMMENT.email, postedAt), '/email/confirm');
    expect(await subscriptionStatus()).toBe('unconfirmed');

    // A tampered link shows the page, but the CMS refuses it: an error that says what to do, nothing changed.
    const stranger = await openWatchedPage(await browser.newContext());
    await stranger.page.goto(tampered(confirmLink));
    await stranger.page.getByRole('button', { name: 'Yes, email me about my comments' }).click();
    await stranger.page
      .getByRole('alert')
      .getByText(/This link has expired or was already replaced/)
      .waitFor();
    expect(await subscriptionStatus()).toBe('unconfirmed');

    // Opening the real link changes nothing yet (mail scanners open links); its button confirms.
    const { page } = author;
    await page.goto(confirmLink);
    await page.getByRole('heading', { name: 'Confirm your email address' }).waitFor();
    expect(await subscriptionStatus()).toBe('unconfirmed');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Yes, email me about my comments' }).click();
    await page
      .getByRole('status')
      .getByText(/your address is confirmed/)
      .waitFor();
    expect(await subscriptionStatus()).toBe('confirmed');

    // Once confirmed, the approval is mailed, with a one-click unsubscribe that needs no login or cookie.
    const approvedAt = new Date();
    await approveThroughCms(COMMENT.body);
    const approval = await waitForMailTo(COMMENT.email, approvedAt);
    const header = /<(https?:\/\/[^>]+)>/.exec(
      approval.headerLines.find((line) => line.key === 'list-unsubscribe')?.line ?? '',
    )?.[1];
    expect(header).toMatch(new RegExp(`^${stack.webUrl}/api/email/unsubscribe\\?token=`));
    const oneClick = await fetch(header ?? '', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://mail.example.net',
      },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    await expect(oneClick.json()).resolves.toEqual({ data: { done: 'unsubscribed' } });
    expect(await subscriptionStatus()).toBe('unsubscribed');

    // The unsubscribe page of the same mail says so too (stopping twice is harmless).
    await page.goto(siteLink(approval, '/email/unsubscribe'));
    await page.getByRole('button', { name: 'Stop these emails' }).click();
    await page
      .getByRole('status')
      .getByText(/no more of these emails/)
      .waitFor();
    expect(author.problems).toEqual([]);
  });
});

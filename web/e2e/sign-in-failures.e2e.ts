import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from './helpers/browser';
import { commentingAs, openArticle, sendComment, signInAtProvider, visitorFrom } from './helpers/commenter';
import { stack } from './helpers/stack';

/**
 * Issue 13's failing flows not covered by sign-in.e2e.ts: a code issued to another client, an ID token signed for
 * another client, an ended session.
 */
const SLUG = 'microneedling-benefits-and-evidence';
const RUN = Date.now().toString(36);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
jest.setTimeout(180_000);

const hasSessionCookie = async (context: BrowserContext) =>
  (await context.cookies(stack.webUrl)).some(({ name }) => name === 'skinfacts_commenter_session');

/**
 * Signs a new visitor in, then has the CMS end that session while the browser keeps its cookie, as when it
 * expires (the CMS's own test covers the clock): the site's sign-out, called from outside this browser.
 */
async function signedInThenEnded(address: string, login: string) {
  const visitor = await visitorFrom(browser, address);
  const { page, context } = visitor;
  await openArticle(page, SLUG);
  await page.getByRole('link', { name: 'Test ID' }).click();
  await signInAtProvider(page, login, SLUG);
  await commentingAs(page, login);
  const cookie = (await context.cookies(stack.webUrl))
    .map(({ name, value }) => `${name}=${value}`)
    .join('; ');
  const ended = await fetch(`${stack.webUrl}/api/auth/sign-out`, {
    method: 'POST',
    headers: { cookie, origin: stack.webUrl, 'content-type': 'application/json' },
    body: '{}',
  });
  expect(ended.status).toBe(200);
  expect(await hasSessionCookie(context)).toBe(true);
  return visitor;
}

describe('sign-in failures', () => {
  it("refuses a provider's answer issued to another client, with a message; the guest form still posts", async () => {
    const { page, context, problems } = await visitorFrom(browser, '198.51.100.151');
    await openArticle(page, SLUG);
    // The site's own start (its state, PKCE challenge and nonce, in its flow cookie), sent to the provider
    // under `another-client`: the provider signs the visitor in for that client and sends its code here.
    const start = await context.request.get(
      `${stack.webUrl}/api/auth/sign-in/oidc?returnTo=/articles/${SLUG}`,
      { maxRedirects: 0 },
    );
    const authorize = new URL(start.headers().location ?? '');
    expect(authorize.searchParams.get('client_id')).toBe('skinfacts-site');
    authorize.searchParams.set('client_id', 'another-client');
    await page.goto(authorize.toString());
    await signInAtProvider(page, `other-client-${RUN}`, SLUG);

    await page
      .getByText('Sign-in with Test ID did not work. You can try again, or comment as a guest.')
      .waitFor();
    await expect(page.getByText(/You are commenting as/).count()).resolves.toBe(0);
    await page.getByLabel('Name', { exact: true }).fill(`Guest ${RUN}`);
    await page.getByLabel('Email', { exact: true }).fill(`guest-${RUN}@example.org`);
    await sendComment(page, `Posted as a guest after a refused sign-in ${RUN}`);
    await page
      .getByRole('article', { name: `Comment by Guest ${RUN}` })
      .getByText('Awaiting moderation')
      .waitFor();
    expect(problems.filter((problem) => problem.includes(stack.webUrl))).toEqual([]);
  });

  it('refuses an ID token signed for another client in answer to its own code, and signs in once it is not', async () => {
    const login = `substituted-${RUN}`;
    const { page } = await visitorFrom(browser, '198.51.100.153');
    await openArticle(page, SLUG);
    // The provider's next token answer carries a real ID token for `another-client` (same person, same nonce).
    const armed = await fetch(`${stack.oidcIssuer}/test/next-id-token-for`, {
      method: 'POST',
      body: 'another-client',
    });
    expect(armed.status).toBe(204);
    await page.getByRole('link', { name: 'Test ID' }).click();
    await signInAtProvider(page, login, SLUG);
    await page
      .getByText('Sign-in with Test ID did not work. You can try again, or comment as a guest.')
      .waitFor();
    await expect(page.getByText(/You are commenting as/).count()).resolves.toBe(0);
    const report = await fetch(`${stack.oidcIssuer}/test/next-id-token-for`);
    expect(await report.json()).toEqual({ substituted: 1 });

    // The same sign-in with the token the provider issues to the site works.
    const second = await visitorFrom(browser, '198.51.100.154');
    await openArticle(second.page, SLUG);
    await second.page.getByRole('link', { name: 'Test ID' }).click();
    await signInAtProvider(second.page, login, SLUG);
    await commentingAs(second.page, login);
  });

  it('a session that ended on the server: the form says so, keeps the text, and is the guest form again', async () => {
    const { page, context } = await signedInThenEnded('198.51.100.152', `ending-${RUN}`);

    // Posting with the page still showing "You are commenting as …".
    const draft = `Still signed in? ${RUN}`;
    await sendComment(page, draft);
    await page.getByText('Your sign-in has ended. Sign in again, or comment as a guest.').first().waitFor();
    await page.getByLabel('Name', { exact: true }).waitFor();
    await expect(page.getByLabel('Comment', { exact: true }).inputValue()).resolves.toBe(draft);
    await expect(page.getByTestId('comment').filter({ hasText: draft }).count()).resolves.toBe(0);
    expect(await hasSessionCookie(context)).toBe(false);
  });

  it('a session that ended between visits: the next page says so once and shows the guest form', async () => {
    const { page } = await signedInThenEnded('198.51.100.153', `returning-${RUN}`);
    await openArticle(page, SLUG);
    await page.getByRole('alert').filter({ hasText: 'Your sign-in has ended.' }).waitFor();
    await page.getByLabel('Name', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Test ID' }).waitFor();
    await openArticle(page, SLUG);
    await page.getByLabel('Name', { exact: true }).waitFor();
    await expect(page.getByText('Your sign-in has ended.').count()).resolves.toBe(0);
  });
});

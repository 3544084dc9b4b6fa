import type { Browser, Page } from 'playwright-core';
import { createModerator } from './helpers/accounts';
import { launchBrowser, openWatchedPage } from './helpers/browser';
import { waitForMailTo } from './helpers/mail';
import { stack } from './helpers/stack';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const EMAIL = 'forgetful.moderator@skinfacts.test';
const FIRST_PASSWORD = 'the first passphrase';
const NEW_PASSWORD = 'a brand new passphrase';

/** Sends the forgot-password form for `email`; when it was sent (mails before then are not this one's). */
async function askForLink(page: Page, email: string): Promise<Date> {
  await page.getByLabel('Email').fill(email);
  const asked = new Date();
  await page.getByRole('button', { name: 'Send the link' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /a link to choose a new password is on its way/ })
    .waitFor();
  return asked;
}

describe('a moderator who forgot the password', () => {
  beforeAll(() => createModerator(EMAIL, FIRST_PASSWORD));

  it('asks for a link from the login, follows the mailed link, sets a new password and is logged in', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openWatchedPage(context);
    await page.goto(`${stack.webUrl}/moderation`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    const asked = await askForLink(page, EMAIL);

    const mail = await waitForMailTo(EMAIL, asked);
    const link = /https?:\/\/\S+\/moderation\/reset-password\?code=[0-9a-f]+/.exec(mail.text ?? '')?.[0];
    expect(link).toBeDefined();
    await page.goto(link ?? '');

    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('New password, again').fill('not the same passphrase');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /The two passwords differ/ })
      .waitFor();
    problems.splice(0); // Chromium logs that answer, a 400, as a console error: it is the one expected here.

    await page.getByLabel('New password, again').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /You are logged in/ })
      .waitFor();
    await page.getByRole('link', { name: 'Go to moderation' }).click();
    await page.getByRole('tab', { name: /Pending/ }).waitFor();
    expect(problems).toEqual([]);

    // The link worked once: a second visit is refused, with the way to a new one.
    await page.goto(link ?? '');
    await page.getByLabel('New password', { exact: true }).fill('yet another passphrase');
    await page.getByLabel('New password, again').fill('yet another passphrase');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /already used\. Ask for a new one/ })
      .waitFor();
    await context.close();
  });

  it('answers an address without an account the same way, and mails nothing to it', async () => {
    const { page, problems } = await openWatchedPage(browser);
    await page.goto(`${stack.webUrl}/moderation/forgot-password`);
    const asked = await askForLink(page, 'nobody@skinfacts.test');
    await expect(waitForMailTo('nobody@skinfacts.test', asked)).rejects.toThrow(/no mail/);
    expect(problems).toEqual([]);
    await page.close();
  });
});

import type { Page } from 'playwright-core';
import { stack } from './stack';

/** The CMS files a form sent within 3 s of being shown as spam; a person takes longer. */
const HUMAN_FILL_MS = 3_500;

/** `notifyMe`: tick "Email me when my comment is published…". */
export type PostedComment = { slug: string; name: string; email: string; body: string; notifyMe?: boolean };

/** A visitor posts a comment through the article's form and sees it awaiting moderation. */
export async function postThroughForm(page: Page, comment: PostedComment) {
  await page.goto(`${stack.webUrl}/articles/${comment.slug}`);
  // The first visit renders the page and fetches the form's token: slow on a busy machine.
  await page.getByRole('button', { name: 'Post comment' }).waitFor({ timeout: 90_000 });
  const shownAt = Date.now();
  await page.getByLabel('Name', { exact: true }).fill(comment.name);
  await page.getByLabel('Email', { exact: true }).fill(comment.email);
  await page.getByLabel('Comment', { exact: true }).fill(comment.body);
  if (comment.notifyMe)
    await page.getByRole('checkbox', { name: /Email me when my comment is published/ }).check();
  await page.waitForTimeout(Math.max(0, HUMAN_FILL_MS - (Date.now() - shownAt)));
  await page.getByRole('button', { name: 'Post comment' }).click();
  await page
    .getByRole('article', { name: `Comment by ${comment.name}` })
    .getByText('Awaiting moderation')
    .waitFor();
}

let moderatorLogin: Promise<string> | undefined;

/** The demo moderator's login, once per test file: the CMS limits logins per address (a 429 after a few). */
async function logInModerator(): Promise<string> {
  const login = await fetch(`${stack.cmsUrl}/api/auth/local`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: stack.moderator.email, password: stack.moderator.password }),
  });
  if (!login.ok) throw new Error(`the moderator's login failed: ${login.status} ${await login.text()}`);
  const { jwt } = (await login.json()) as { jwt: string };
  return jwt;
}

/** Headers that call the CMS's moderation API as the demo moderator. */
export async function moderatorHeaders(): Promise<Record<string, string>> {
  moderatorLogin ??= logInModerator().catch((error: unknown) => {
    moderatorLogin = undefined;
    throw error;
  });
  return { authorization: `Bearer ${await moderatorLogin}`, 'content-type': 'application/json' };
}

/** The demo moderator approves the comment with this body through the CMS's moderation API. */
export async function approveThroughCms(body: string) {
  const headers = await moderatorHeaders();
  // Spam too: on a cold stack the form's token can arrive after the form shows, and a form sent within 3 s of its
  // token is filed as spam (it reads as pending to its author); a moderator approves it from there all the same.
  let comment: { documentId: string; body: string } | undefined;
  for (const status of ['pending', 'spam']) {
    const queue = await fetch(`${stack.cmsUrl}/api/moderation/comments?status=${status}&pageSize=100`, {
      headers,
    });
    const { data } = (await queue.json()) as { data: { documentId: string; body: string }[] };
    comment ??= data.find((candidate) => candidate.body === body);
  }
  if (!comment) throw new Error('the posted comment is in neither the pending nor the spam queue');
  const decided = await fetch(`${stack.cmsUrl}/api/moderation/comments/${comment.documentId}`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ moderationStatus: 'approved' }),
  });
  if (decided.status !== 200) throw new Error(`approving failed: ${decided.status}`);
}

/** Reloads the article until `text` is shown (`present`) or gone; returns how long that took. */
export async function reloadUntil(page: Page, slug: string, text: string, present: boolean) {
  const started = Date.now();
  for (;;) {
    await page.goto(`${stack.webUrl}/articles/${slug}`);
    if ((await page.getByText(text).count()) > 0 === present) return Date.now() - started;
    if (Date.now() - started > 20_000) throw new Error(`"${text}" did not ${present ? 'appear' : 'leave'}`);
    await page.waitForTimeout(200);
  }
}

export async function logInToModeration(page: Page) {
  await page.goto(`${stack.webUrl}/moderation`);
  await page.getByLabel('Email').fill(stack.moderator.email);
  await page.getByLabel('Password').fill(stack.moderator.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: 'Log out' }).waitFor();
}

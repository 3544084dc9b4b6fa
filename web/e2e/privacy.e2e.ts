import type { Browser } from 'playwright-core';
import { launchBrowser, openWatchedPage } from './helpers/browser';
import {
  approveThroughCms,
  logInToModeration,
  postThroughForm,
  reloadUntil,
} from './helpers/approved-comment';

/** Issue 14: a moderator exports a commenter's data as JSON and erases it; the page shows "Anonymous". */
const RUN = Date.now().toString(36);
const SLUG = 'what-is-microneedling';
const COMMENT = {
  slug: SLUG,
  name: `Riley ${RUN}`,
  email: `riley-${RUN}@example.org`,
  body: `How long before I can wear make-up again? (${RUN})`,
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
jest.setTimeout(300_000);

describe('privacy requests in the moderation console', () => {
  it('exports everything about an address as JSON, then erases it: the comment stays, signed Anonymous', async () => {
    // An address of its own, so no other test's comments count towards its flood interval.
    const author = await openWatchedPage(
      await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.200' } }),
    );
    await postThroughForm(author.page, COMMENT);
    await approveThroughCms(COMMENT.body);
    const reader = await openWatchedPage(await browser.newContext());
    await reloadUntil(reader.page, SLUG, COMMENT.name, true);

    const moderator = await openWatchedPage(await browser.newContext());
    const { page } = moderator;
    await logInToModeration(page);
    const privacy = page.getByRole('region', { name: 'Privacy requests' });
    await privacy.getByLabel('Email address').fill(COMMENT.email.toUpperCase());
    await privacy.getByRole('button', { name: 'Export data as JSON' }).click();
    const exported = privacy.getByTestId('privacy-export');
    await exported.waitFor();
    const json = JSON.parse((await exported.textContent()) ?? '') as {
      sections: { comments: { body: string; authorEmail: string; ipHash: string | null }[] };
    };
    expect(json.sections.comments).toHaveLength(1);
    expect(json.sections.comments[0]).toMatchObject({ body: COMMENT.body, authorEmail: COMMENT.email });
    expect(json.sections.comments[0]?.ipHash).toEqual(expect.any(String));
    await privacy.getByRole('link', { name: 'Download JSON' }).waitFor();

    // Erasing needs the confirmation box.
    await privacy.getByRole('button', { name: 'Erase data' }).click();
    await privacy.getByRole('alert').filter({ hasText: 'Tick the box' }).waitFor();
    await privacy.getByRole('radio', { name: /Keep the text/ }).check();
    await privacy.getByRole('checkbox', { name: /I confirm the erasure/ }).check();
    await privacy.getByRole('button', { name: 'Erase data' }).click();
    await privacy.getByRole('status').filter({ hasText: 'commentsAnonymised: 1' }).waitFor();

    const goneAfterMs = await reloadUntil(reader.page, SLUG, COMMENT.name, false);
    console.log(`erased name gone from the page ${goneAfterMs} ms after the erasure`);
    await reader.page
      .getByRole('article', { name: 'Comment by Anonymous' })
      .filter({ hasText: COMMENT.body })
      .waitFor();
    for (const visitor of [author, reader, moderator]) expect(visitor.problems).toEqual([]);
  });
});

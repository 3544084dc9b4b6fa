import { revalidationEnv, startFakeSite, type FakeSite } from './helpers/fake-site';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { outboxMessages, waitUntil } from './helpers/outbox';

let site: FakeSite;
let app: TestStrapi;

// Retries every 300 ms for about 6 s, so a test can watch a message wait for the site and then arrive.
const RETRY_DELAYS = Array.from({ length: 20 }, () => '300').join(',');

beforeAll(async () => {
  site = await startFakeSite();
  app = await startTestStrapi(revalidationEnv(site, RETRY_DELAYS));
});
afterAll(async () => {
  await app.stop();
  await site.close();
});
beforeEach(() => {
  site.setMode('ok');
  site.received.length = 0;
});

type Doc = { documentId: string; slug: string };
type Articles = { create: (params: { data: Record<string, unknown>; status: 'published' }) => Promise<Doc> };
const articles = () => app.strapi.documents('api::article.article') as unknown as Articles;

const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Body' }] }];
const publishArticle = (title: string) =>
  articles().create({ data: { title, excerpt: 'e', body }, status: 'published' });

/** The outbox message about `slug`, once `ready` holds for it. */
const messageAbout = (
  slug: string,
  ready: (message: Awaited<ReturnType<typeof outboxMessages>>[number]) => boolean,
) =>
  waitUntil(`the outbox message about ${slug}`, async () =>
    (await outboxMessages(app.strapi)).find(
      (message) => JSON.stringify(message.payload).includes(`"${slug}"`) && ready(message),
    ),
  );

describe('the outbox delivers revalidation messages', () => {
  it('stores the change, sends it to the site and marks it sent', async () => {
    const article = await publishArticle('Outbox delivered');
    const sent = await messageAbout(article.slug, (message) => message.deliveryStatus === 'sent');
    expect(sent).toMatchObject({
      kind: 'revalidation',
      payload: { type: 'article', slugs: [article.slug] },
      attempts: 1,
      lastError: null,
      claimedBy: null,
    });
    expect(sent.sentAt).not.toBeNull();
    expect(site.received.map((request) => request.body)).toEqual([
      { type: 'article', slugs: [article.slug] },
    ]);
  });

  it('keeps a message pending while the site is down, with its attempts and last error, and sends it once it is back', async () => {
    site.setMode('down');
    const article = await publishArticle('Outbox while the site is down');
    const waiting = await messageAbout(
      article.slug,
      (message) => message.deliveryStatus === 'pending' && message.attempts >= 2,
    );
    expect(waiting.lastError).toMatch(/could not reach the site/);
    expect(site.received.length).toBeGreaterThanOrEqual(2);

    site.setMode('ok');
    site.received.length = 0;
    const sent = await messageAbout(article.slug, (message) => message.deliveryStatus === 'sent');
    expect(sent.attempts).toBeGreaterThan(waiting.attempts);
    expect(sent.lastError).toMatch(/could not reach the site/); // kept: it says what happened before
    expect(site.received.map((request) => request.body)).toEqual([
      { type: 'article', slugs: [article.slug] },
    ]);
  });

  it('retries a 5xx answer', async () => {
    site.setMode('fail');
    const article = await publishArticle('Outbox after a 500');
    const waiting = await messageAbout(
      article.slug,
      (message) => message.attempts >= 1 && message.lastError !== null,
    );
    expect(waiting.lastError).toMatch(/the site answered 500/);
    site.setMode('ok');
    await messageAbout(article.slug, (message) => message.deliveryStatus === 'sent');
  });

  it('does not retry a 4xx answer: the message ends failed after one attempt, with the answer', async () => {
    site.setMode('reject');
    const warn = jest.spyOn(app.strapi.log, 'warn').mockImplementation(() => app.strapi.log);
    try {
      const article = await publishArticle('Outbox refused');
      const failed = await messageAbout(article.slug, (message) => message.deliveryStatus === 'failed');
      expect(failed).toMatchObject({ attempts: 1, claimedBy: null, sentAt: null });
      expect(failed.lastError).toMatch(/the site answered 401/);
      await new Promise((resolve) => setTimeout(resolve, 700)); // two retry delays, in case one were planned
      expect(site.received).toHaveLength(1);
      expect(warn).toHaveBeenCalledWith(
        expect.stringMatching(/gave up on revalidation message .* after 1 attempt/),
      );
    } finally {
      warn.mockRestore();
    }
  });

  it('shows messages to admins but refuses to let anyone change them through the Document Service', async () => {
    const [message] = await outboxMessages(app.strapi);
    const documents = app.strapi.documents('api::outbox-message.outbox-message') as unknown as {
      findMany: () => Promise<unknown[]>;
      delete: (params: { documentId: string }) => Promise<unknown>;
    };
    expect((await documents.findMany()).length).toBeGreaterThan(0);
    const [row] = (await app.strapi.db.query('api::outbox-message.outbox-message').findMany({
      where: { id: message?.id },
      select: ['documentId'],
    })) as { documentId: string }[];
    await expect(documents.delete({ documentId: String(row?.documentId) })).rejects.toThrow(/read-only/);
  });
});

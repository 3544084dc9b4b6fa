import { revalidationEnv, startFakeSite, type FakeSite } from './helpers/fake-site';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createTestDatabase, type TestDatabase } from './helpers/test-database';
import { outboxMessages, waitUntil } from './helpers/outbox';

let site: FakeSite;
let database: TestDatabase;
let app: TestStrapi | undefined;

beforeAll(async () => {
  site = await startFakeSite();
  database = await createTestDatabase();
});
afterAll(async () => {
  await app?.stop();
  await database.drop();
  await site.close();
});

const RETRY_DELAYS = Array.from({ length: 20 }, () => '500').join(',');
const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Body' }] }];

type Articles = {
  create: (params: { data: Record<string, unknown>; status: 'published' }) => Promise<{ slug: string }>;
};

it('delivers, after a restart on the same database, a message written while the site was down', async () => {
  site.setMode('down');
  app = await startTestStrapi(revalidationEnv(site, RETRY_DELAYS), { database });
  const articles = app.strapi.documents('api::article.article') as unknown as Articles;
  const article = await articles.create({
    data: { title: 'Survives a restart', excerpt: 'e', body },
    status: 'published',
  });
  const strapi = app.strapi;
  await waitUntil('a failed first attempt', async () =>
    (await outboxMessages(strapi)).find((message) => message.attempts >= 1 && message.lastError !== null),
  );
  await app.stop();
  app = undefined;

  site.setMode('ok');
  site.received.length = 0;
  app = await startTestStrapi(revalidationEnv(site, RETRY_DELAYS), { database });
  const restarted = app.strapi;
  const [sent] = await waitUntil('the message sent by the restarted CMS', async () => {
    const messages = await outboxMessages(restarted);
    return messages.every((message) => message.deliveryStatus === 'sent') && messages;
  });
  expect(sent).toMatchObject({ payload: { type: 'article', slugs: [article.slug] }, deliveryStatus: 'sent' });
  expect(site.received.map((request) => request.body)).toEqual([{ type: 'article', slugs: [article.slug] }]);
});

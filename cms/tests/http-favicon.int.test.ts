import { startTestStrapi, type TestStrapi } from './helpers/strapi';

// Security #11 (part): /favicon.ico answered 500 because the CMS had no icon.
let app: TestStrapi;
beforeAll(async () => {
  app = await startTestStrapi();
});
afterAll(() => app.stop());

it('serves /favicon.ico as an icon', async () => {
  const response = await app.http().get('/favicon.ico').buffer(true).expect(200);
  expect(response.headers['content-type']).toBe('image/x-icon');
  const icon = response.body as Buffer;
  // ICONDIR: reserved 0, type 1 (icon), one image.
  expect([...icon.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
});

it('answers HEAD too, and refuses writes with 405', async () => {
  await app.http().head('/favicon.ico').expect(200);
  await app.http().post('/favicon.ico').expect(405);
});

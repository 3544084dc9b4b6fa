import { startTestStrapi, type TestStrapi } from './helpers/strapi';

// Security #4: CORS reflected any Origin with credentials, so a page elsewhere could read an admin's token.
const SITE = 'http://localhost:4010';
const ADMIN_PANEL = 'http://localhost:4011';
const LISTED = 'https://staging.skinfacts.example';
const SETTINGS = {
  WEB_URL: SITE,
  REVALIDATE_SECRET: 'cors-test-secret',
  PUBLIC_URL: ADMIN_PANEL,
  CORS_ORIGINS: LISTED,
  SEED_ADMIN_EMAIL: 'admin@cors.test',
  SEED_ADMIN_PASSWORD: 'Adm1nPassword',
};
const FOREIGN = ['http://localhost:4999', 'https://evil.example', 'null', `${SITE}.evil.example`];

let app: TestStrapi;
beforeAll(async () => {
  app = await startTestStrapi(SETTINGS);
});
afterAll(async () => {
  await app.stop();
  for (const key of Object.keys(SETTINGS)) delete process.env[key];
});

const preflight = (origin: string, path = '/api/articles') =>
  app
    .http()
    .options(path)
    .set('Origin', origin)
    .set('Access-Control-Request-Method', 'POST')
    .set('Access-Control-Request-Headers', 'content-type');

describe('allowed origins', () => {
  it.each([SITE, ADMIN_PANEL, LISTED])(
    '%s gets CORS with credentials, preflight and actual',
    async (origin) => {
      const before = await preflight(origin).expect(204);
      expect(before.headers['access-control-allow-origin']).toBe(origin);
      expect(before.headers['access-control-allow-credentials']).toBe('true');

      const actual = await app.http().get('/api/articles').set('Origin', origin).expect(200);
      expect(actual.headers['access-control-allow-origin']).toBe(origin);
      expect(actual.headers['access-control-allow-credentials']).toBe('true');
      expect(actual.headers.vary).toContain('Origin');
    },
  );
});

describe('any other origin', () => {
  it.each(FOREIGN)('%s gets no CORS headers, preflight or actual', async (origin) => {
    const before = await preflight(origin);
    expect(before.headers['access-control-allow-origin']).toBeUndefined();
    expect(before.headers['access-control-allow-credentials']).toBeUndefined();

    const actual = await app.http().get('/api/articles').set('Origin', origin);
    expect(actual.headers['access-control-allow-origin']).toBeUndefined();
    expect(actual.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it.each(FOREIGN)(
    '%s cannot read an admin token from POST /admin/access-token with the admin’s cookie',
    async (origin) => {
      const login = await app
        .http()
        .post('/admin/login')
        .send({ email: SETTINGS.SEED_ADMIN_EMAIL, password: SETTINGS.SEED_ADMIN_PASSWORD })
        .expect(200);
      const cookies = login.get('Set-Cookie') ?? [];
      expect(cookies.length).toBeGreaterThan(0);

      const before = await preflight(origin, '/admin/access-token');
      expect(before.headers['access-control-allow-origin']).toBeUndefined();

      const response = await app
        .http()
        .post('/admin/access-token')
        .set('Origin', origin)
        .set('Cookie', cookies.map((cookie) => cookie.split(';')[0]).join('; '))
        .send({});
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    },
  );
});

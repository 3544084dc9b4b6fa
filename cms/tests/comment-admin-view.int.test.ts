import { z } from 'zod';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { bodyOf, record } from './helpers/responses';
import { createFixtures } from './helpers/fixtures';

const ADMIN = { SEED_ADMIN_EMAIL: 'admin@comments.test', SEED_ADMIN_PASSWORD: 'Adm1nPassword' };
const COMMENT = 'api::comment.comment';

/** The parts of the content manager's answers these tests read (the admin API's own shapes). */
const loginAnswer = z.object({ data: z.object({ token: z.string() }) });
const configurationAnswer = z.object({
  data: z.object({
    contentType: z.object({
      layouts: z.looseObject({ list: z.array(z.unknown()) }),
      settings: record,
      metadatas: z.looseObject({
        article: z.looseObject({ edit: z.looseObject({ mainField: z.unknown() }) }),
      }),
    }),
  }),
});
const listAnswer = z.object({ results: z.array(z.looseObject({ moderationStatus: z.unknown() })) });

let app: TestStrapi;
let token: string;
beforeAll(async () => {
  app = await startTestStrapi(ADMIN);
  await createFixtures(app.strapi);
  const login = await app
    .http()
    .post('/admin/login')
    .send({ email: ADMIN.SEED_ADMIN_EMAIL, password: ADMIN.SEED_ADMIN_PASSWORD })
    .expect(200);
  token = bodyOf(login, loginAnswer).data.token;
});
afterAll(async () => {
  await app.stop();
  for (const key of Object.keys(ADMIN)) delete process.env[key];
});

describe('comments in the admin panel’s content manager', () => {
  it('lists status, author, article (by title) and date, newest first', async () => {
    const res = await app
      .http()
      .get(`/content-manager/content-types/${COMMENT}/configuration`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    const { layouts, settings, metadatas } = bodyOf(res, configurationAnswer).data.contentType;
    expect(layouts.list.slice(0, 4)).toEqual(['moderationStatus', 'authorName', 'article', 'createdAt']);
    expect(settings).toMatchObject({ defaultSortBy: 'createdAt', defaultSortOrder: 'DESC' });
    expect(metadatas.article.edit.mainField).toBe('title');
  });

  it('filters the list by status', async () => {
    const res = await app
      .http()
      .get(`/content-manager/collection-types/${COMMENT}`)
      .query({ 'filters[$and][0][moderationStatus][$eq]': 'pending' })
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    const statuses = bodyOf(res, listAnswer).results.map((row) => row.moderationStatus);
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['pending']));
  });
});

import { z } from 'zod';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createApiToken, createFixtures, type Fixtures } from './helpers/fixtures';
import { bodyOf, errorOf, record } from './helpers/responses';

/** GET /api/reviews/due's answer (editors' tools read it; meta kept whole for the exact check). */
const reviewReport = z.object({
  data: z.array(z.object({ title: z.string(), state: z.string() })),
  meta: record,
});

let app: TestStrapi;
let fixtures: Fixtures;
let token: string;

beforeAll(async () => {
  app = await startTestStrapi();
  fixtures = await createFixtures(app.strapi);
  token = await createApiToken(app.strapi);
});
afterAll(() => app.stop());

describe('GET /api/reviews/due', () => {
  it('is not public', async () => {
    await app.http().get('/api/reviews/due').expect(403);
  });

  it('lists published items never reviewed or overdue for an API token, and not the draft', async () => {
    await app.strapi.documents('api::article.article').update({
      documentId: fixtures.articles.second.documentId,
      data: {
        medicalReview: {
          reviewer: fixtures.author.documentId,
          lastReviewedAt: '2020-01-01',
          reviewIntervalMonths: 12,
        },
      },
      status: 'published',
    });
    const res = await app.http().get('/api/reviews/due').set('Authorization', `Bearer ${token}`).expect(200);
    const report = bodyOf(res, reviewReport);
    const byTitle = Object.fromEntries(report.data.map((item) => [item.title, item.state]));
    expect(byTitle).toEqual({
      'Open article': 'never-reviewed',
      'Closed article': 'never-reviewed',
      'Second article': 'overdue',
    });
    expect(report.meta).toEqual({ withinDays: 30, total: 3 });
  });

  it('widens the window on request and refuses a bad one', async () => {
    const wide = await app
      .http()
      .get('/api/reviews/due?withinDays=366')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(bodyOf(wide, reviewReport).data.map((item) => item.title)).toContain('Test Needling');
    const bad = await app
      .http()
      .get('/api/reviews/due?withinDays=soon')
      .set('Authorization', `Bearer ${token}`)
      .expect(400);
    expect(errorOf(bad).message).toMatch(/whole number/);
  });
});

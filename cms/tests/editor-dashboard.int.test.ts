import { z } from 'zod';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { bodyOf } from './helpers/responses';
import { createFixtures, type Fixtures } from './helpers/fixtures';
import { documentsOf } from './helpers/loose-documents';
import { precaution } from '@skinfacts/shared/testing/precautions';
import { reviewReportOf } from '../src/api/review-report/services/review-report';
import { EDITOR_DASHBOARD_PATHS } from '../src/editor-dashboard/contract';

const ACCOUNTS = {
  SEED_ADMIN_EMAIL: 'admin@dashboard.test',
  SEED_ADMIN_PASSWORD: 'Adm1nPassword',
  SEED_EDITOR_EMAIL: 'editor@dashboard.test',
  SEED_EDITOR_PASSWORD: 'Ed1torPassword',
  WEB_PUBLIC_URL: 'https://site.example',
};
const NOBODY = { email: 'nobody@dashboard.test', password: 'N0bodyPassword' };

const reviewsAnswer = z.strictObject({
  data: z.array(
    z.strictObject({
      type: z.enum(['article', 'treatment']),
      documentId: z.string(),
      title: z.string(),
      state: z.enum(['never-reviewed', 'overdue', 'due-soon']),
      dueAt: z.string().nullable(),
      reviewer: z.string().nullable(),
      editPath: z.string(),
    }),
  ),
  meta: z.strictObject({ withinDays: z.literal(30) }),
});
const commentsAnswer = z.strictObject({
  data: z.strictObject({ pending: z.number(), approved: z.number(), rejected: z.number(), spam: z.number() }),
  meta: z.strictObject({ moderationUrl: z.string().nullable() }),
});

/** `days` from today as YYYY-MM-DD (negative: in the past). */
function isoDay(days: number, monthsBack = 0): string {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - monthsBack);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The admin services this file calls (`strapi.service()` types their members as `any`). */
type AdminService = { create(data: Record<string, unknown>): Promise<{ id: number }> };

let app: TestStrapi;
let world: Fixtures;
const treatments: Record<'overdue' | 'dueSoon' | 'later', string> = { overdue: '', dueSoon: '', later: '' };
const tokens: Record<'admin' | 'editor' | 'nobody', string> = { admin: '', editor: '', nobody: '' };

async function logIn(email: string, password: string) {
  const res = await app.http().post('/admin/login').send({ email, password }).expect(200);
  return bodyOf(res, z.object({ data: z.object({ token: z.string() }) })).data.token;
}

/** A published treatment reviewed by the fixtures' author on `lastReviewedAt`, every 12 months. */
async function reviewedTreatment(name: string, lastReviewedAt: string) {
  const created = await documentsOf(app.strapi)('api::treatment.treatment').create({
    data: {
      name,
      summary: `${name} summary`,
      painLevel: 'mild',
      medicalReview: { reviewer: world.author.documentId, lastReviewedAt, reviewIntervalMonths: 12 },
      references: [{ title: 'A source' }],
      precautions: [precaution('Retinoids', 24, 'hour')],
    },
    status: 'published',
  });
  return created.documentId;
}

const get = (path: string, token?: string) => {
  const request = app.http().get(path);
  return token ? request.set('Authorization', `Bearer ${token}`) : request;
};

beforeAll(async () => {
  app = await startTestStrapi(ACCOUNTS);
  world = await createFixtures(app.strapi);
  treatments.overdue = await reviewedTreatment('Overdue Peel', isoDay(-20, 12));
  treatments.dueSoon = await reviewedTreatment('Due Soon Laser', isoDay(10, 12));
  treatments.later = await reviewedTreatment('Fresh Facial', isoDay(0));
  const roles = app.strapi.service('admin::role') as AdminService;
  const users = app.strapi.service('admin::user') as AdminService;
  const role = await roles.create({ name: 'Visitor', description: 'No permissions at all' });
  await users.create({
    email: NOBODY.email,
    password: NOBODY.password,
    firstname: 'No',
    lastname: 'Body',
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  tokens.admin = await logIn(ACCOUNTS.SEED_ADMIN_EMAIL, ACCOUNTS.SEED_ADMIN_PASSWORD);
  tokens.editor = await logIn(ACCOUNTS.SEED_EDITOR_EMAIL, ACCOUNTS.SEED_EDITOR_PASSWORD);
  tokens.nobody = await logIn(NOBODY.email, NOBODY.password);
});
afterAll(async () => {
  await app?.stop();
  for (const key of Object.keys(ACCOUNTS)) delete process.env[key];
});

describe('GET /editor-dashboard/reviews-due (the "Medical reviews due" widget)', () => {
  it('gives the editor overdue items first, then those due within 30 days, each linking to its entry', async () => {
    const res = await get(EDITOR_DASHBOARD_PATHS.reviewsDue, tokens.editor).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { data } = bodyOf(res, reviewsAnswer);
    const treatmentRows = data.filter((row) => row.type === 'treatment');
    expect(treatmentRows.map((row) => [row.title, row.state])).toEqual([
      ['Overdue Peel', 'overdue'],
      ['Due Soon Laser', 'due-soon'],
    ]);
    expect(treatmentRows[0]).toMatchObject({
      documentId: treatments.overdue,
      reviewer: 'Test Writer',
      editPath: `/content-manager/collection-types/api::treatment.treatment/${treatments.overdue}`,
    });
    // The published fixture articles have no review: listed, and before anything dated.
    const states = data.map((row) => row.state);
    expect(states.indexOf('never-reviewed')).toBe(0);
    expect(states.lastIndexOf('never-reviewed')).toBeLessThan(states.indexOf('overdue'));
    expect(data.find((row) => row.documentId === world.articles.open.documentId)?.editPath).toBe(
      `/content-manager/collection-types/api::article.article/${world.articles.open.documentId}`,
    );
    expect(data.some((row) => row.documentId === treatments.later)).toBe(false);
    expect(data.some((row) => row.documentId === world.articles.draft.documentId)).toBe(false);
  });

  it('lists exactly what `npm run reviews:due` lists, in the same order', async () => {
    const { data } = bodyOf(
      await get(EDITOR_DASHBOARD_PATHS.reviewsDue, tokens.admin).expect(200),
      reviewsAnswer,
    );
    const command = await reviewReportOf(app.strapi).due(new Date(), 30);
    expect(data.map((row) => row.documentId)).toEqual(command.map((item) => item.documentId));
  });

  it('answers 403 to an admin-panel role that cannot edit articles and treatments, 401 without a login', async () => {
    await get(EDITOR_DASHBOARD_PATHS.reviewsDue, tokens.nobody).expect(403);
    await get(EDITOR_DASHBOARD_PATHS.reviewsDue).expect(401);
    await get(EDITOR_DASHBOARD_PATHS.reviewsDue, 'not-a-token').expect(401);
  });
});

describe('GET /editor-dashboard/comments-waiting (the "Comments waiting" widget)', () => {
  it('counts comments by moderation status and links to the site’s moderation console', async () => {
    const res = await get(EDITOR_DASHBOARD_PATHS.commentsWaiting, tokens.editor).expect(200);
    expect(bodyOf(res, commentsAnswer)).toEqual({
      data: { pending: 2, approved: 2, rejected: 1, spam: 1 },
      meta: { moderationUrl: 'https://site.example/moderation' },
    });
  });

  it('counts a new pending comment at once', async () => {
    await documentsOf(app.strapi)('api::comment.comment').create({
      data: {
        article: world.articles.open.documentId,
        authorName: 'Newcomer',
        authorEmail: 'new@example.com',
        body: 'Just arrived',
        moderationStatus: 'pending',
      },
    });
    const res = await get(EDITOR_DASHBOARD_PATHS.commentsWaiting, tokens.admin).expect(200);
    expect(bodyOf(res, commentsAnswer).data.pending).toBe(3);
  });

  it('answers 403 to a role that cannot read comments, 401 without a login', async () => {
    await get(EDITOR_DASHBOARD_PATHS.commentsWaiting, tokens.nobody).expect(403);
    await get(EDITOR_DASHBOARD_PATHS.commentsWaiting).expect(401);
  });
});

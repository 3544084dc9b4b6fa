import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  LIMITS,
  articleSchema,
  articleSummarySchema,
  collectionResponse,
  publicCommentSchema,
  singleResponse,
  treatmentSchema,
} from '@skinfacts/shared';
import { ARTICLES } from '../src/seed/articles';
import { plainText } from '../src/seed/blocks';
import { COMMENTS } from '../src/seed/comments';
import { CONTENT_TYPES, isContentEmpty, seedDemoContent, type SeedSummary } from '../src/seed';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { stopAndClean, UPLOAD_FILE } from './helpers/uploads';
import { bodyOf, containingAll, dataRecord, dataRecords, matching } from './helpers/responses';

const PUBLIC_DIR = path.resolve(__dirname, '..', 'public');

let app: TestStrapi;
let firstRun: SeedSummary;
const lines: string[] = [];

async function countAll() {
  const counts: Record<string, number> = {};
  for (const uid of [...CONTENT_TYPES, UPLOAD_FILE] as const)
    counts[uid] = await app.strapi.db.query(uid).count();
  return counts;
}

beforeAll(async () => {
  app = await startTestStrapi();
  expect(await isContentEmpty(app.strapi)).toBe(true);
  firstRun = await seedDemoContent(app.strapi, (line) => lines.push(line));
}, 120_000);

let stopped = false;
afterAll(async () => {
  if (!stopped) await stopAndClean(app);
});

describe('seed data', () => {
  it('has substantial articles within the field limits', () => {
    for (const article of ARTICLES) {
      const words = plainText(article.body).split(/\s+/).length;
      expect(words).toBeGreaterThanOrEqual(400);
      expect(words).toBeLessThanOrEqual(750);
      expect(article.title.length).toBeLessThanOrEqual(LIMITS.title);
      expect(article.excerpt.length).toBeLessThanOrEqual(LIMITS.excerpt);
      expect(article.seo.metaTitle.length).toBeLessThanOrEqual(LIMITS.seoTitle);
      expect(article.seo.metaDescription.length).toBeLessThanOrEqual(LIMITS.seoDescription);
    }
  });
});

describe('npm run seed on an empty database', () => {
  it('prints progress and a summary', async () => {
    expect(lines).toContainEqual(matching(/^seed: author "Dr\. Amara Okafor" created/));
    expect(lines.at(-1)).toMatch(/^seed: done — \d+ created, 0 already there/);
    expect(firstRun.article).toEqual({ created: 4, existing: 0 });
    await expect(isContentEmpty(app.strapi)).resolves.toBe(false);
  });

  it('lists the published articles, with covers, and never the draft', async () => {
    const res = await app.http().get('/api/articles').expect(200);
    const articles = bodyOf(res, collectionResponse(articleSummarySchema)).data;
    const slugs = articles.map((article) => article.slug).sort();
    expect(slugs).toEqual([
      'microneedling-benefits-and-evidence',
      'preparing-for-microneedling',
      'what-is-microneedling',
    ]);
    expect(slugs).not.toContain('microneedling-aftercare-first-week');
    await app.http().get('/api/articles/microneedling-aftercare-first-week').expect(404);

    for (const article of articles) {
      expect(article.author?.name).toBeTruthy();
      expect(article.topics.length).toBeGreaterThan(0);
      expect(article.cover?.url).toMatch(/^\/uploads\/cover_.+\.png$/);
      expect(article.cover).toMatchObject({ width: 1600, height: 900, mime: 'image/png' });
      expect(existsSync(path.join(PUBLIC_DIR, article.cover?.url ?? ''))).toBe(true);
    }
  });

  it('serves an article with its reviewer, references and treatment facts', async () => {
    const res = await app.http().get('/api/articles/microneedling-benefits-and-evidence').expect(200);
    const article = bodyOf(res, singleResponse(articleSchema)).data;
    expect(article.body.length).toBeGreaterThan(10);
    // As sent: the site's schema fills in a missing review interval.
    expect(dataRecord(res).medicalReview).toMatchObject({
      lastReviewedAt: '2025-08-14',
      reviewIntervalMonths: 12,
      reviewer: { slug: 'amara-okafor', credentials: matching(/MD/) },
    });
    expect(article.references.length).toBeGreaterThanOrEqual(3);
    expect(article.treatments.map((t) => t.slug)).toEqual(['microneedling']);
    expect(article.seo?.shareImage?.url).toBe(article.cover?.url);
    expect(article.cover?.url).toBeTruthy();
  });

  it('publishes the microneedling treatment with every fact from the source as data', async () => {
    const res = await app.http().get('/api/treatments/microneedling').expect(200);
    const treatment = bodyOf(res, singleResponse(treatmentSchema)).data;
    expect(treatment.name).toBe('Microneedling');
    expect(treatment.aliases.map((a) => a.name)).toContain('Collagen induction therapy');
    expect(treatment.painLevel).toBe('minimal');
    expect(treatment.resultsOnset).toMatchObject({ min: 3, max: 12, unit: 'month' });
    expect(treatment.downtime).toMatchObject({ min: 1, max: 3, unit: 'day' });
    expect(treatment.performedBy.map((p) => p.role).sort()).toEqual([
      'aesthetician',
      'dermatologist',
      'plastic-surgeon',
    ]);
    expect(treatment.benefits.map((b) => b.title)).toEqual(
      containingAll(['Acne scars', 'Stretch marks', 'Hyperpigmentation', 'Skin tightening']),
    );
    const precautions = treatment.precautions.map(
      ({ subject, kind, relation, windowValue, windowUnit, advice }) => ({
        subject,
        kind,
        relation,
        windowValue,
        windowUnit,
        advice,
      }),
    );
    expect(precautions).toEqual([
      {
        subject: 'Retinoids',
        kind: 'medication',
        relation: 'before',
        windowValue: 24,
        windowUnit: 'hour',
        advice: 'avoid',
      },
      {
        subject: 'Auto-immune treatments',
        kind: 'medication',
        relation: 'before',
        windowValue: 24,
        windowUnit: 'hour',
        advice: 'avoid',
      },
      {
        subject: 'Sun exposure',
        kind: 'activity',
        relation: 'before',
        windowValue: 24,
        windowUnit: 'hour',
        advice: 'avoid',
      },
      {
        subject: 'Isotretinoin',
        kind: 'medication',
        relation: 'before',
        windowValue: 6,
        windowUnit: 'month',
        advice: 'not-eligible',
      },
    ]);
    for (const precaution of treatment.precautions) expect(precaution.reason?.length).toBeGreaterThan(20);
    expect(treatment.medicalReview?.reviewer?.slug).toBe('amara-okafor');
    expect(treatment.articles.length).toBe(3);
  });

  it('shows approved comments (with a reply) and hides the pending one and private fields', async () => {
    const res = await app
      .http()
      .get('/api/comments')
      .query({ pagination: { pageSize: 100 } })
      .expect(200);
    const comments = bodyOf(res, collectionResponse(publicCommentSchema)).data;
    const approved = COMMENTS.filter((comment) => comment.moderationStatus === 'approved');
    expect(comments.map((c) => c.body).sort()).toEqual(approved.map((c) => c.body).sort());
    expect(comments.some((c) => c.parent?.documentId)).toBe(true);
    for (const comment of dataRecords(res)) expect(comment).not.toHaveProperty('authorEmail');

    const pending = await app.strapi.db
      .query('api::comment.comment')
      .count({ where: { moderationStatus: 'pending' } });
    expect(pending).toBe(1);
  });
});

describe('npm run seed a second time', () => {
  it('creates nothing and uploads nothing', async () => {
    const before = await countAll();
    const again: string[] = [];
    const summary = await seedDemoContent(app.strapi, (line) => again.push(line));

    expect(await countAll()).toEqual(before);
    for (const counts of Object.values(summary)) expect(counts.created).toBe(0);
    expect(summary.article.existing).toBe(4);
    expect(summary.comment.existing).toBe(COMMENTS.length);
    expect(again.filter((line) => line.endsWith(' created'))).toEqual([]);
    expect(again).toContainEqual(matching(/^seed: article ".+" already there/));
  });
});

describe('npm start on an empty database (SEED_DEMO_CONTENT=if-empty)', () => {
  let booted: TestStrapi | undefined;
  afterAll(() => stopAndClean(booted));

  it('seeds the demo content during bootstrap', async () => {
    // One Strapi per process at a time: the first instance is done, this one boots on a fresh database.
    stopped = true;
    await stopAndClean(app);
    booted = await startTestStrapi({ SEED_DEMO_CONTENT: 'if-empty' });
    const res = await booted.http().get('/api/articles').expect(200);
    expect(bodyOf(res, collectionResponse(articleSummarySchema)).data).toHaveLength(3);
    expect(await booted.strapi.db.query('api::comment.comment').count()).toBe(COMMENTS.length);
  }, 120_000);
});

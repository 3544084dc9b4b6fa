import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { looseDocuments } from './helpers/loose-documents';
import { bodyOf, matching } from './helpers/responses';
import { singleResponse, treatmentSchema } from '@skinfacts/shared';
import { precaution as makePrecaution } from '@skinfacts/shared/testing/precautions';

/** Retinoids to avoid `windowValue` hours before (the shared fixture's builder; the value may be invalid). */
const retinoids = (windowValue = 24) => makePrecaution('Retinoids', windowValue, 'hour');

let app: TestStrapi;
beforeAll(async () => {
  app = await startTestStrapi();
});
afterAll(() => app.stop());

const paragraph = [{ type: 'paragraph', children: [{ type: 'text', text: 'Body' }] }];
const articles = () => looseDocuments(app.strapi, 'api::article.article');
const treatments = () => looseDocuments(app.strapi, 'api::treatment.treatment');
const treatment = (extra: Record<string, unknown>) => ({
  name: `Rule check ${Math.random()}`,
  summary: 'S',
  painLevel: 'mild',
  ...extra,
});

describe('slugs', () => {
  it('are generated from the title when absent, and kept unique', async () => {
    const first = await articles().create({
      data: { title: 'Crème & Peel: Ünïcode!', excerpt: 'e', body: paragraph },
    });
    const second = await articles().create({
      data: { title: 'Crème & Peel: Ünïcode!', excerpt: 'e', body: paragraph },
    });
    expect(first.slug).toBe('creme-peel-unicode');
    expect(second.slug).toBe('creme-peel-unicode-2');
  });

  it('keep their value through publish and update', async () => {
    const created = await articles().create({
      data: { title: 'Stable slug', excerpt: 'e', body: paragraph },
    });
    await articles().publish({ documentId: created.documentId });
    const updated = await articles().update({ documentId: created.documentId, data: { title: 'Renamed' } });
    expect(updated?.slug).toBe('stable-slug');
  });

  it('refuse a chosen slug that another document has', async () => {
    await articles().create({ data: { title: 'Owner', slug: 'taken-slug', excerpt: 'e', body: paragraph } });
    await expect(
      articles().create({ data: { title: 'Intruder', slug: 'taken-slug', excerpt: 'e', body: paragraph } }),
    ).rejects.toThrow(/already used/);
  });

  it('are generated for authors, topics and treatments too', async () => {
    const author = await looseDocuments(app.strapi, 'api::author.author').create({
      data: { name: 'Dr. Jane Roe' },
    });
    const topic = await looseDocuments(app.strapi, 'api::topic.topic').create({
      data: { name: 'Acne scars' },
    });
    const created = await treatments().create({
      data: { name: 'Chemical peel', summary: 's', painLevel: 'mild' },
    });
    expect([author.slug, topic.slug, created.slug]).toEqual(['dr-jane-roe', 'acne-scars', 'chemical-peel']);
  });
});

describe('treatment facts', () => {
  it('refuse a range whose minimum exceeds its maximum', async () => {
    await expect(
      treatments().create({ data: treatment({ resultsOnset: { min: 12, max: 3, unit: 'month' } }) }),
    ).rejects.toThrow(/resultsOnset/);
  });

  it.each([0, -1, 1.5])('refuse a precaution window of %s', async (windowValue) => {
    const precaution = retinoids(windowValue);
    await expect(treatments().create({ data: treatment({ precautions: [precaution] }) })).rejects.toThrow(
      /Precaution 1/,
    );
  });

  it('carry the path of the field at fault, which the admin panel shows the message under', async () => {
    const precaution = retinoids(0);
    const error: unknown = await treatments()
      .create({ data: treatment({ precautions: [precaution], downtime: { min: 3, max: 1, unit: 'day' } }) })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      name: 'ValidationError',
      details: {
        errors: [
          { path: ['downtime', 'max'], message: matching(/^downtime: /) },
          { path: ['precautions', '0', 'windowValue'], message: matching(/^Precaution 1: /) },
        ],
      },
    });
  });

  it('refuse the same mistakes on update', async () => {
    const created = await treatments().create({
      data: treatment({ downtime: { min: 1, max: 3, unit: 'day' } }),
    });
    await expect(
      treatments().update({
        documentId: created.documentId,
        data: { downtime: { min: 5, max: 3, unit: 'day' } },
      }),
    ).rejects.toThrow(/downtime/);
  });

  it('accept valid facts', async () => {
    const created = await treatments().create({
      data: treatment({
        downtime: { min: 1, max: 3, unit: 'day' },
        resultsOnset: { min: 3, max: 3, unit: 'month' },
      }),
    });
    expect(created.documentId).toBeTruthy();
  });
});

describe('schema validation', () => {
  it('refuses a title over 160 characters', async () => {
    await expect(
      articles().create({ data: { title: 't'.repeat(161), excerpt: 'e', body: paragraph } }),
    ).rejects.toThrow();
  });

  it('refuses to publish an article without its required fields', async () => {
    const draft = await articles().create({ data: { title: 'Only a title' } });
    await expect(articles().publish({ documentId: draft.documentId })).rejects.toThrow();
  });
});

describe('publishing a treatment', () => {
  const reviewed = async () => {
    const reviewer = await looseDocuments(app.strapi, 'api::author.author').create({
      data: { name: `Reviewer ${Math.random()}`, credentials: 'MD' },
    });
    return { reviewer: reviewer.documentId, lastReviewedAt: '2026-01-10', reviewIntervalMonths: 12 };
  };

  it('is refused without a medical reviewer or a reference, with both reasons', async () => {
    const draft = await treatments().create({ data: treatment({}) });
    await expect(treatments().publish({ documentId: draft.documentId })).rejects.toThrow(
      /medical reviewer.*reference/,
    );
  });

  it('is refused when created directly as published without a reference', async () => {
    await expect(
      treatments().create({ data: treatment({ medicalReview: await reviewed() }), status: 'published' }),
    ).rejects.toThrow(/at least one reference/);
  });

  it('succeeds once reviewed and referenced, and over REST the draft stays private until then', async () => {
    const draft = await treatments().create({
      data: treatment({ medicalReview: await reviewed(), references: [{ title: 'A source' }] }),
    });
    await treatments().publish({ documentId: draft.documentId });
    const res = await app.http().get(`/api/treatments/${draft.slug}`).expect(200);
    const published = bodyOf(res, singleResponse(treatmentSchema)).data;
    expect(published.medicalReview?.reviewer?.credentials).toBe('MD');
  });

  it('refuses two precautions with the same subject', async () => {
    const precaution = retinoids();
    await expect(
      treatments().create({
        data: treatment({ precautions: [precaution, { ...precaution, subject: 'RETINOIDS' }] }),
      }),
    ).rejects.toThrow(/already listed/);
  });

  it('refuses a reference link that is not http(s), on articles too', async () => {
    await expect(
      treatments().create({ data: treatment({ references: [{ title: 'x', url: 'javascript:alert(1)' }] }) }),
    ).rejects.toThrow(/http/);
    await expect(
      articles().create({
        data: {
          title: 'Linked',
          excerpt: 'e',
          body: paragraph,
          references: [{ title: 'x', url: 'data:text/html,hi' }],
        },
      }),
    ).rejects.toThrow(/http/);
  });
});

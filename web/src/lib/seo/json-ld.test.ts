import { articleSchema, treatmentSchema } from '@skinfacts/shared';
import { rawArticle, rawTreatment } from '@/lib/cms/__fixtures__/content';
import {
  articlePageJsonLd,
  breadcrumbNode,
  medicalProcedureNode,
  serializeJsonLd,
  treatmentPageJsonLd,
  type JsonObject,
} from './json-ld';

const context = { siteUrl: 'https://skinfacts.example', cmsUrl: 'https://cms.skinfacts.example' };
const article = articleSchema.parse(rawArticle);
const treatment = treatmentSchema.parse(rawTreatment);

/** The graph node of one @type, parsed back from the serialized document (what a crawler reads). */
function node(document: ReturnType<typeof articlePageJsonLd>, type: string): Record<string, unknown> {
  const parsed = JSON.parse(serializeJsonLd(document)) as { '@graph': Array<Record<string, unknown>> };
  const found = parsed['@graph'].find((item) => item['@type'] === type);
  if (!found) throw new Error(`no ${type} node`);
  return found;
}

describe('articlePageJsonLd', () => {
  const document = articlePageJsonLd(article, context);

  it('describes the page as a MedicalWebPage reviewed by a person with credentials', () => {
    expect(document['@context']).toBe('https://schema.org');
    expect(node(document, 'MedicalWebPage')).toMatchObject({
      '@id': 'https://skinfacts.example/articles/what-is-microneedling#webpage',
      url: 'https://skinfacts.example/articles/what-is-microneedling',
      name: article.title,
      description: 'Collagen induction therapy explained.',
      lastReviewed: '2026-02-20',
      reviewedBy: {
        '@type': 'Person',
        name: 'Dr. Amara Okafor',
        jobTitle: 'MD, FAAD — board-certified dermatologist',
      },
      about: [
        {
          '@type': 'MedicalProcedure',
          name: 'Microneedling',
          url: 'https://skinfacts.example/treatments/microneedling',
        },
      ],
      mainEntity: { '@id': 'https://skinfacts.example/articles/what-is-microneedling#article' },
    });
  });

  it('describes the article with headline, dates, author and an absolute image', () => {
    expect(node(document, 'Article')).toEqual({
      '@type': 'Article',
      '@id': 'https://skinfacts.example/articles/what-is-microneedling#article',
      mainEntityOfPage: { '@id': 'https://skinfacts.example/articles/what-is-microneedling#webpage' },
      headline: 'What is microneedling, and how does it work?',
      description: 'Collagen induction therapy explained.',
      datePublished: '2026-11-23T20:26:22.428Z',
      dateModified: '2026-11-23T20:26:22.419Z',
      author: { '@type': 'Person', name: 'Maya Lindqvist', jobTitle: 'MSc Science Communication' },
      image: ['https://cms.skinfacts.example/uploads/cover_what_is_microneedling.png'],
      keywords: ['Treatments explained'],
      publisher: { '@type': 'Organization', name: 'Skinfacts', url: 'https://skinfacts.example/' },
    });
  });

  it('adds the breadcrumb Home → Articles → article', () => {
    expect(node(document, 'BreadcrumbList').itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://skinfacts.example/' },
      { '@type': 'ListItem', position: 2, name: 'Articles', item: 'https://skinfacts.example/articles' },
      { '@type': 'ListItem', position: 3, name: article.title },
    ]);
  });

  it('keeps the real review date when the review is overdue', () => {
    const overdue = {
      ...article,
      medicalReview: { ...article.medicalReview!, lastReviewedAt: '2020-01-01' },
    };
    expect(node(articlePageJsonLd(overdue, context), 'MedicalWebPage')).toMatchObject({
      lastReviewed: '2020-01-01',
      reviewedBy: { name: 'Dr. Amara Okafor' },
    });
  });

  it('claims no review, author, image or topics it does not have', () => {
    const bare = {
      ...article,
      medicalReview: null,
      author: null,
      cover: null,
      topics: [],
      treatments: [],
      seo: null,
    };
    const page = node(articlePageJsonLd(bare, context), 'MedicalWebPage');
    expect(page).not.toHaveProperty('lastReviewed');
    expect(page).not.toHaveProperty('reviewedBy');
    expect(page).not.toHaveProperty('about');
    expect(page.description).toBe(article.excerpt);
    const articleNode = node(articlePageJsonLd(bare, context), 'Article');
    expect(Object.keys(articleNode)).not.toEqual(expect.arrayContaining(['author', 'image', 'keywords']));
  });

  it('leaves out a review date without a reviewer name, and a reviewer without credentials has no jobTitle', () => {
    const unnamed = { ...article, medicalReview: { lastReviewedAt: '2026-02-20', reviewIntervalMonths: 12 } };
    expect(node(articlePageJsonLd(unnamed, context), 'MedicalWebPage')).not.toHaveProperty('reviewedBy');
    const plain = {
      ...article,
      medicalReview: { ...article.medicalReview!, reviewer: { name: 'Sam', slug: 'sam', credentials: null } },
    };
    expect(node(articlePageJsonLd(plain, context), 'MedicalWebPage').reviewedBy).toEqual({
      '@type': 'Person',
      name: 'Sam',
    });
  });
});

describe('medicalProcedureNode', () => {
  it('is built from the facts', () => {
    expect(medicalProcedureNode(treatment, context)).toEqual({
      '@type': 'MedicalProcedure',
      '@id': 'https://skinfacts.example/treatments/microneedling#procedure',
      url: 'https://skinfacts.example/treatments/microneedling',
      name: 'Microneedling',
      alternateName: ['Collagen induction therapy', 'Skin needling'],
      description: treatment.summary,
      howPerformed: 'A pen-shaped device is passed over the skin. Each channel is a controlled micro-injury.',
      preparation:
        'Retinoids — stop 24 hours before. Sun exposure — avoid for 24 hours before. ' +
        'Isotretinoin — not eligible if taken in the last 6 months.',
      followup: 'Results build over 3–12 months. Downtime: 1–3 days.',
    });
  });

  it('puts after-care in the follow-up and leaves out what is missing', () => {
    const sparse = {
      ...treatment,
      aliases: [],
      howItWorks: null,
      resultsOnset: null,
      downtime: null,
      precautions: [{ ...treatment.precautions[1]!, relation: 'after' as const }],
    };
    const procedure: JsonObject = medicalProcedureNode(sparse, context);
    expect(procedure.followup).toBe('Sun exposure — avoid for 24 hours after.');
    expect(procedure.preparation).toBeUndefined();
    expect(procedure.alternateName).toBeUndefined();
    expect(procedure.howPerformed).toBeUndefined();
  });
});

describe('treatmentPageJsonLd', () => {
  it('is a reviewed MedicalWebPage about the procedure, with a breadcrumb', () => {
    const document = treatmentPageJsonLd(treatment, context);
    expect(node(document, 'MedicalWebPage')).toMatchObject({
      lastReviewed: '2026-03-12',
      reviewedBy: { name: 'Dr. Amara Okafor' },
      about: { '@id': 'https://skinfacts.example/treatments/microneedling#procedure' },
    });
    expect(node(document, 'MedicalProcedure').name).toBe('Microneedling');
    expect(node(document, 'BreadcrumbList').itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://skinfacts.example/' },
      { '@type': 'ListItem', position: 2, name: 'Microneedling' },
    ]);
  });
});

describe('breadcrumbNode', () => {
  it('numbers crumbs from 1 and makes paths absolute', () => {
    expect(breadcrumbNode([{ name: 'Home', path: '/' }, { name: 'Here' }], context)).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://skinfacts.example/' },
        { '@type': 'ListItem', position: 2, name: 'Here', item: undefined },
      ],
    });
  });
});

describe('serializeJsonLd', () => {
  it('escapes every character that could end or confuse a script element', () => {
    const hostile = { ...article, title: '</script><script>alert("x")</script> & \u2028\u2029 <!--' };
    const json = serializeJsonLd(articlePageJsonLd(hostile, context));
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(json).toContain('\\u0026');
    expect(json).toContain('\\u2028\\u2029');
    expect(node(JSON.parse(json) as ReturnType<typeof articlePageJsonLd>, 'Article').headline).toBe(
      hostile.title,
    );
  });
});

import { articleSchema, treatmentSchema } from '@skinfacts/shared';
import { rawArticle, rawTreatment } from '@/lib/cms/__fixtures__/content';
import { articleMetadata, treatmentMetadata } from './metadata';

const article = articleSchema.parse(rawArticle);
const treatment = treatmentSchema.parse(rawTreatment);
const context = { cmsUrl: 'http://127.0.0.1:1337' };

describe('articleMetadata', () => {
  it('sets title, description, canonical and an article Open Graph with the cover', () => {
    const metadata = articleMetadata(article, context);
    expect(metadata.title).toBe('What is microneedling and how does it work?');
    expect(metadata.description).toBe('Collagen induction therapy explained.');
    expect(metadata.alternates?.canonical).toBe('/articles/what-is-microneedling');
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      url: '/articles/what-is-microneedling',
      publishedTime: '2026-11-23T20:26:22.428Z',
      modifiedTime: '2026-11-23T20:26:22.419Z',
      authors: ['Maya Lindqvist'],
      tags: ['Treatments explained'],
      images: [
        {
          url: 'http://127.0.0.1:1337/uploads/cover_what_is_microneedling.png',
          width: 1600,
          height: 900,
          alt: 'Soft circles and a field of fine dots',
        },
      ],
    });
    expect(metadata.robots).toBeUndefined();
  });

  it('falls back to the title and excerpt, prefers a share image, and hides drafts from search engines', () => {
    const shareImage = {
      id: 9,
      documentId: 'm9',
      url: 'https://cdn.example/share.png',
      width: 1200,
      height: 630,
    };
    const metadata = articleMetadata(
      { ...article, seo: { metaTitle: null, metaDescription: '', shareImage } },
      { ...context, draft: true },
    );
    expect(metadata.title).toBe(article.title);
    expect(metadata.description).toBe(article.excerpt);
    expect(metadata.openGraph).toMatchObject({ images: [{ url: 'https://cdn.example/share.png' }] });
    expect(metadata.robots).toEqual({ index: false, follow: true });
  });

  it('has no image without a cover', () => {
    const metadata = articleMetadata({ ...article, cover: null, seo: null }, context);
    expect(metadata.openGraph).not.toHaveProperty('images');
  });
});

describe('treatmentMetadata', () => {
  it('uses the name and a summary cut to a search-result length', () => {
    const long = { ...treatment, summary: `${'Fine needles prompt new collagen. '.repeat(10)}` };
    const metadata = treatmentMetadata(long, context);
    expect(metadata.title).toBe('Microneedling');
    expect(String(metadata.description).length).toBeLessThanOrEqual(160);
    expect(String(metadata.description).endsWith('…')).toBe(true);
    expect(metadata.alternates?.canonical).toBe('/treatments/microneedling');
  });
});

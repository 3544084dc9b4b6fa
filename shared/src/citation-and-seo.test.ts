import { citationSchema } from './citation';
import { seoSchema } from './seo';

describe('citationSchema', () => {
  const citation = {
    title: 'Microneedling: a comprehensive review',
    url: 'https://pubmed.ncbi.nlm.nih.gov/00000000/',
    publisher: 'Dermatologic Surgery',
    year: 2017,
    note: null,
  };

  it('parses a full citation and one with only a title', () => {
    expect(citationSchema.parse(citation)).toEqual(citation);
    expect(citationSchema.parse({ title: 'Textbook' })).toEqual({ title: 'Textbook' });
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'ftp://example.com/file'])(
    'rejects the unsafe url %s',
    (url) => {
      expect(citationSchema.safeParse({ ...citation, url }).success).toBe(false);
    },
  );

  it('rejects a fractional year and an empty title', () => {
    expect(citationSchema.safeParse({ ...citation, year: 2017.5 }).success).toBe(false);
    expect(citationSchema.safeParse({ ...citation, title: '' }).success).toBe(false);
  });
});

describe('seoSchema', () => {
  it('accepts all-empty SEO and a share image', () => {
    expect(seoSchema.parse({})).toEqual({});
    const shareImage = { id: 1, documentId: 'm1', url: '/uploads/share.png' };
    expect(seoSchema.parse({ metaTitle: 'T', metaDescription: null, shareImage })).toEqual({
      metaTitle: 'T',
      metaDescription: null,
      shareImage,
    });
    expect(seoSchema.safeParse({ shareImage: { url: 1 } }).success).toBe(false);
  });
});

import { pageMetadata, SITE_NAME } from './site-metadata';

describe('pageMetadata', () => {
  it('sets title, description, canonical, the feed link and Open Graph', () => {
    const metadata = pageMetadata({
      title: 'Articles',
      description: 'All articles.',
      path: '/articles?page=2',
    });
    expect(metadata).toEqual({
      title: 'Articles',
      description: 'All articles.',
      alternates: {
        canonical: '/articles?page=2',
        types: { 'application/rss+xml': [{ url: '/feed.xml', title: `${SITE_NAME} — latest articles` }] },
      },
      openGraph: {
        siteName: SITE_NAME,
        locale: 'en_GB',
        type: 'website',
        url: '/articles?page=2',
        title: 'Articles',
        description: 'All articles.',
      },
    });
  });

  it('adds an image with its known dimensions and alt, and noindex when asked', () => {
    const metadata = pageMetadata({
      title: 'A',
      description: 'B',
      path: '/a',
      type: 'article',
      image: { url: 'https://cms.example/uploads/a.png', width: 1600, height: null, alt: 'Cover' },
      noIndex: true,
    });
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      images: [{ url: 'https://cms.example/uploads/a.png', width: 1600, alt: 'Cover' }],
    });
    expect(metadata.robots).toEqual({ index: false, follow: true });
  });
});

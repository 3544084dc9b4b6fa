import { render, screen } from '@testing-library/react';
import { ArticleCard, readingTimeLabel } from './article-card';
import { ArticleList } from './article-list';

const article = {
  title: 'What is microneedling, and how does it work?',
  slug: 'what-is-microneedling',
  excerpt: 'Controlled micro-injuries prompt the skin to repair itself.',
  publishedAt: '2026-05-01T08:00:00.000Z',
  cover: {
    id: 4,
    documentId: 'm4',
    url: '/uploads/cover.png',
    alternativeText: 'Soft circles and a field of fine dots',
    width: 1600,
    height: 900,
  },
  author: { name: 'Maya Lindqvist', slug: 'maya-lindqvist' },
  readingMinutes: 6,
};

describe('ArticleCard', () => {
  it('links the title to the article page at the given heading level', () => {
    render(<ArticleCard article={article} headingLevel={3} />);
    const heading = screen.getByRole('heading', { level: 3, name: article.title });
    expect(heading.querySelector('a')).toHaveAttribute('href', '/articles/what-is-microneedling');
  });

  it('shows the date in a <time> element with the ISO value', () => {
    render(<ArticleCard article={article} headingLevel={2} />);
    const time = screen.getByText('1 May 2026');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', '2026-05-01T08:00:00.000Z');
  });

  it('renders the cover with its alt text from the CMS', () => {
    render(<ArticleCard article={article} headingLevel={2} />);
    const image = screen.getByRole('img', { name: 'Soft circles and a field of fine dots' });
    expect(image.getAttribute('src')).toContain(encodeURIComponent('/uploads/cover.png'));
  });

  it('shows excerpt, reading time and author', () => {
    render(<ArticleCard article={article} headingLevel={2} />);
    expect(screen.getByText(article.excerpt)).toBeInTheDocument();
    expect(screen.getByText(/6 min read/)).toBeInTheDocument();
    expect(screen.getByText(/Maya Lindqvist/)).toBeInTheDocument();
  });

  it('leaves out cover, reading time and author when the data has none', () => {
    const { container } = render(
      <ArticleCard
        article={{ title: 'Plain', slug: 'plain', excerpt: 'Text', publishedAt: article.publishedAt }}
        headingLevel={2}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryByText(/min read/)).toBeNull();
  });
});

describe('readingTimeLabel', () => {
  it('labels positive minutes only', () => {
    expect(readingTimeLabel(1)).toBe('1 min read');
    expect(readingTimeLabel(0)).toBeNull();
    expect(readingTimeLabel(undefined)).toBeNull();
  });
});

describe('ArticleList', () => {
  it('renders one list item per article', () => {
    render(<ArticleList articles={[article, { ...article, slug: 'second', title: 'Second' }]} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(2);
  });

  it('says so when there are no articles', () => {
    render(<ArticleList articles={[]} emptyMessage="Nothing here yet." />);
    expect(screen.getByText('Nothing here yet.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });
});

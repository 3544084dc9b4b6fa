import { act, render, screen } from '@testing-library/react';
import { articleSchema, articleSummarySchema } from '@skinfacts/shared';
import axe from 'axe-core';
import { rawArticle } from '@/lib/cms/__fixtures__/content';
import { ArticleView } from './article-view';

const article = articleSchema.parse(rawArticle);
const related = [
  articleSummarySchema.parse({
    id: 4,
    documentId: 'ar4',
    title: 'Microneedling benefits: what the evidence says',
    slug: 'microneedling-benefits-and-evidence',
    excerpt: 'Claims sorted by evidence.',
    publishedAt: '2026-11-23T20:26:23.006Z',
    updatedAt: '2026-11-23T20:26:23.006Z',
  }),
];
const now = new Date('2026-11-23T12:00:00Z');
const comments = { comments: [], pagination: { page: 1, pageSize: 50, pageCount: 0, total: 0 } };

/** Heading levels in document order. */
const outline = (container: HTMLElement) =>
  [...container.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1]));

describe('ArticleView', () => {
  it('has one h1 and never skips a heading level', () => {
    const { container } = render(
      <ArticleView article={article} related={related} comments={comments} now={now} />,
    );
    const levels = outline(container);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.slice(1).forEach((level, index) => expect(level).toBeLessThanOrEqual((levels[index] ?? 1) + 1));
  });

  it('shows byline, dates, review, cover, body, facts, references, related articles and the comments', () => {
    const { container } = render(
      <ArticleView article={article} related={related} comments={comments} now={now} />,
    );
    expect(container).toHaveTextContent(
      'By Maya Lindqvist, MSc Science Communication · Published 23 November 2026 · 4 min read',
    );
    expect(container).toHaveTextContent(
      'Medically reviewed by Dr. Amara Okafor, MD, FAAD — board-certified dermatologist on 20 February 2026',
    );
    expect(screen.getByRole('img', { name: 'Soft circles and a field of fine dots' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'The idea in one sentence' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Microneedling at a glance' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'References' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Microneedling benefits: what the evidence says' }),
    ).toHaveAttribute('href', '/articles/microneedling-benefits-and-evidence');
    expect(screen.getByRole('region', { name: /^Comments/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '0 comments' })).toHaveAttribute('href', '#comments');
    expect(screen.queryByText(/Review overdue/)).toBeNull();
  });

  it('warns when the medical review is overdue', () => {
    render(
      <ArticleView
        article={article}
        related={[]}
        comments={comments}
        now={new Date('2027-03-01T00:00:00Z')}
      />,
    );
    expect(screen.getByText('Review overdue:')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Related articles' })).toBeNull();
  });

  it('renders a bare article (no cover, author, review, treatments, references or body)', () => {
    const bare = {
      ...article,
      cover: null,
      author: null,
      medicalReview: null,
      treatments: [],
      references: [],
      body: [],
      readingMinutes: undefined,
    };
    const { container } = render(<ArticleView article={bare} related={[]} comments={comments} now={now} />);
    expect(container).toHaveTextContent('Published 23 November 2026');
    expect(container).toHaveTextContent('This page has not been medically reviewed yet.');
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('region', { name: 'References' })).toBeNull();
  });

  it('has no accessibility violations axe can find without a browser', async () => {
    const { container } = render(
      <ArticleView article={article} related={related} comments={comments} now={now} />,
    );
    // act(): next/link updates its prefetch state while axe runs.
    const results = await act(() =>
      axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } }),
    );
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});

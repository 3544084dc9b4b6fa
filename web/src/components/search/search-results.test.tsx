import { render, screen, within } from '@testing-library/react';
import type { SearchResults } from '@/lib/cms/search';
import { SearchForm } from './search-form';
import { SearchView } from './search-results';

const article = {
  id: 1,
  documentId: 'ar1',
  title: 'What is microneedling?',
  slug: 'what-is-microneedling',
  excerpt: 'Collagen induction therapy explained.',
  publishedAt: '2026-05-01T08:00:00.000Z',
  updatedAt: '2026-05-01T08:00:00.000Z',
  topics: [],
};
const treatment = {
  id: 2,
  documentId: 'tr2',
  name: 'Microneedling',
  slug: 'microneedling',
  summary: 'Fine needles prompt new collagen.',
  painLevel: 'minimal' as const,
  downtime: null,
  resultsOnset: null,
  performedBy: [],
  precautions: [],
};

const none = { items: [], total: 0 };

function results(overrides: Partial<SearchResults>): SearchResults {
  return { query: 'collagen', articles: none, treatments: none, ...overrides };
}

describe('SearchView', () => {
  it('before a query, shows a labelled search form and a hint', () => {
    render(<SearchView query="" results={null} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
    const input = screen.getByRole('searchbox', { name: 'Search articles and treatments' });
    expect(input).toHaveValue('');
    expect(screen.getByText(/for example/)).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('with no matches, says so with the query and suggests a way on', () => {
    render(<SearchView query="zzz <b>" results={results({ query: 'zzz <b>' })} />);
    expect(screen.getByRole('status')).toHaveTextContent('No results for “zzz <b>”.');
    expect(screen.getByRole('searchbox')).toHaveValue('zzz <b>');
    expect(screen.getByRole('link', { name: 'all articles' })).toHaveAttribute('href', '/articles');
    expect(screen.getByRole('link', { name: 'the topics' })).toHaveAttribute('href', '/topics');
  });

  it('with matches, groups them by type with counts', () => {
    render(
      <SearchView
        query="collagen"
        results={results({
          articles: { items: [article], total: 1 },
          treatments: { items: [treatment], total: 1 },
        })}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Search results for “collagen”');
    expect(screen.getByRole('status')).toHaveTextContent('2 results: 1 treatment and 1 article.');

    const treatments = screen.getByRole('region', { name: 'Treatments (1)' });
    expect(within(treatments).getByRole('link', { name: 'Microneedling' })).toHaveAttribute(
      'href',
      '/treatments/microneedling',
    );
    const articles = screen.getByRole('region', { name: 'Articles (1)' });
    expect(
      within(articles).getByRole('heading', { level: 3, name: 'What is microneedling?' }),
    ).toBeInTheDocument();
  });

  it('leaves out a type with no matches and says when only the first results are shown', () => {
    render(
      <SearchView
        query="needling"
        results={results({ query: 'needling', articles: { items: [article], total: 27 } })}
      />,
    );
    expect(screen.queryByRole('region', { name: /Treatments/ })).toBeNull();
    expect(screen.getByRole('region', { name: 'Articles (27)' })).toBeInTheDocument();
    expect(screen.getByText(/Showing the first 1 of 27/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('27 results: 0 treatments and 27 articles.');
  });
});

describe('SearchForm', () => {
  it('is a GET form to /search with a q field', () => {
    render(<SearchForm id="header" />);
    const form = screen.getByRole('search');
    expect(form).toHaveAttribute('action', '/search');
    expect(form).toHaveAttribute('method', 'get');
    const input = screen.getByRole('searchbox', { name: 'Search articles and treatments' });
    expect(input).toHaveAttribute('name', 'q');
    expect(input).toHaveAttribute('id', 'header-q');
    expect(screen.getByRole('button', { name: 'Search' })).toHaveAttribute('type', 'submit');
  });
});

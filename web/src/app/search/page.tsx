import type { Metadata } from 'next';
import { pageMetadata } from '@/components/layout/site-metadata';
import { normalizeQuery } from '@/components/search/search-query';
import { SearchView } from '@/components/search/search-results';
import { searchContent } from '@/lib/cms/search';

interface SearchPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const query = normalizeQuery((await searchParams).q);
  return pageMetadata({
    title: query ? `Search: ${query}` : 'Search',
    description: 'Search Skinfacts articles and treatments.',
    path: '/search',
    // Result pages are endless variations of other pages: keep them out of search engines.
    noIndex: query !== '',
  });
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const query = normalizeQuery((await searchParams).q);
  const results = query ? await searchContent(query) : null;
  return <SearchView query={query} results={results} />;
}

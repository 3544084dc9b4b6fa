import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchForm } from '@/components/search/search-form';

// Next adds `noindex` to not-found responses itself.
export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="prose">
      <h1>Page not found</h1>
      <p>
        We couldn’t find that page. It may have moved, or the link may have a typo. Searching for the subject
        usually finds it:
      </p>
      <SearchForm id="not-found-search" labelVisible className="block-spaced" />
      <p>
        Or go to the <Link href="/">home page</Link>, browse <Link href="/articles">all articles</Link> or the{' '}
        <Link href="/topics">topics</Link>.
      </p>
    </div>
  );
}

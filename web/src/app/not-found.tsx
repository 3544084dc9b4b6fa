import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>We couldn’t find the page you were looking for.</p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </>
  );
}

import Link from 'next/link';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container">
        <Link href="/" className="site-name">
          Skinfacts
        </Link>
      </div>
    </header>
  );
}

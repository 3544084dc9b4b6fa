import Link from 'next/link';
import { SearchForm } from '@/components/search/search-form';
import { MainNav } from './main-nav';
import { SITE_NAME } from './site-metadata';
import styles from './site-header.module.css';

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={`container ${styles.inner}`}>
        <Link href="/" className={styles.brand}>
          {SITE_NAME}
        </Link>
        <MainNav />
        <SearchForm id="site-search" landmarkLabel="Site" className={styles.search} />
      </div>
    </header>
  );
}

import Link from 'next/link';
import { pageHref, pageLinks, pageWindow } from '@/lib/pagination';
import styles from './pagination-nav.module.css';

interface PaginationNavProps {
  /** The list's path, e.g. "/articles". */
  basePath: string;
  page: number;
  pageCount: number;
  /** Names the navigation landmark, e.g. "Article pages". */
  label: string;
}

/** Previous/next links (with rel), numbered pages with aria-current, and "Page 2 of 3". Nothing for one page. */
export function PaginationNav({ basePath, page, pageCount, label }: PaginationNavProps) {
  const links = pageLinks(basePath, page, pageCount);
  if (links.pageCount <= 1) return null;
  return (
    <nav aria-label={label} className={styles.nav}>
      <p className={styles.position}>
        Page {page} of {links.pageCount}
      </p>
      <ul className={styles.pages}>
        <li>
          {links.previous ? (
            <Link href={links.previous} rel="prev" className={styles.step}>
              <span aria-hidden="true">← </span>Previous<span className="visually-hidden"> page</span>
            </Link>
          ) : null}
        </li>
        {pageWindow(page, links.pageCount).map((item, index) =>
          item === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true" className={styles.gap}>
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                href={pageHref(basePath, item)}
                aria-current={item === page ? 'page' : undefined}
                className={styles.number}
              >
                <span className="visually-hidden">Page </span>
                {item}
              </Link>
            </li>
          ),
        )}
        <li>
          {links.next ? (
            <Link href={links.next} rel="next" className={styles.step}>
              Next<span className="visually-hidden"> page</span>
              <span aria-hidden="true"> →</span>
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}

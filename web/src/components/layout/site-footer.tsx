import Link from 'next/link';
import { FEED_PATH } from '@/lib/feed/article-feed';
import { SITE_NAME } from './site-metadata';
import styles from './site-footer.module.css';

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className="container">
        <p className={styles.disclaimer}>
          <strong>This is information, not medical advice.</strong> {SITE_NAME} explains aesthetic skin
          treatments in general terms. Talk to a qualified practitioner about your own skin, health and
          medicines before you book a treatment.
        </p>
        <nav aria-label="Footer">
          <ul className={styles.links}>
            <li>
              <Link href="/articles">All articles</Link>
            </li>
            <li>
              <Link href="/topics">Topics</Link>
            </li>
            <li>
              <Link href="/search">Search</Link>
            </li>
            <li>
              <a href={FEED_PATH} type="application/rss+xml">
                RSS feed
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

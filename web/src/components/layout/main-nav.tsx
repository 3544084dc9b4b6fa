'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { ariaCurrentFor, NAV_ITEMS } from './nav-items';
import styles from './site-header.module.css';

/** The main navigation; a client component only to mark the current section with aria-current. */
export function MainNav() {
  const pathname = usePathname() ?? '/';
  return (
    <nav aria-label="Main" className={styles.nav}>
      <ul className={styles.navList}>
        {NAV_ITEMS.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={ariaCurrentFor(item, pathname)} className={styles.navLink}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

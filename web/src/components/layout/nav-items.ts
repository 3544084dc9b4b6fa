export interface NavItem {
  href: string;
  label: string;
  /** Paths that belong to this item's section (the item is "current" on them). */
  section: string;
}

export const NAV_ITEMS: NavItem[] = [
  { href: '/articles', label: 'Articles', section: '/articles' },
  // There is no treatments index: the home page lists them.
  { href: '/#treatments', label: 'Treatments', section: '/treatments' },
  { href: '/topics', label: 'Topics', section: '/topics' },
];

/** "page" on the item's own page, "true" inside its section (an article under Articles), else nothing. */
export function ariaCurrentFor(item: NavItem, pathname: string): 'page' | 'true' | undefined {
  if (pathname === item.href) return 'page';
  if (pathname === item.section || pathname.startsWith(`${item.section}/`)) return 'true';
  return undefined;
}

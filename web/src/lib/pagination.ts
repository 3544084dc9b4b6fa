/**
 * Page numbers in list URLs (`/articles?page=2`). Page 1 has no `page` parameter, so each list page
 * has exactly one URL; anything that is not a canonical page number is treated as "no such page".
 */

const PAGE_NUMBER = /^[1-9][0-9]{0,8}$/;

/**
 * The page a `?page=` value asks for: 1 when absent, the number for "2", "3", …, and null for
 * anything else ("abc", "0", "-1", "1.5", "02", "", repeated parameters) so the route can 404.
 */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (typeof value !== 'string' || !PAGE_NUMBER.test(value)) return null;
  return Number(value);
}

/** Page 1 always exists (it shows the empty state); any other page must be within pageCount. */
export function isPageInRange(page: number, pageCount: number): boolean {
  return page === 1 || (page >= 1 && page <= pageCount);
}

/** `/articles` for page 1, `/articles?page=n` after it. */
export function pageHref(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}?page=${page}`;
}

export interface PageLinks {
  page: number;
  pageCount: number;
  previous: string | null;
  next: string | null;
}

/** The previous/next links for a page of a list; null where there is none. */
export function pageLinks(basePath: string, page: number, pageCount: number): PageLinks {
  const lastPage = Math.max(pageCount, 1);
  return {
    page,
    pageCount: lastPage,
    previous: page > 1 ? pageHref(basePath, page - 1) : null,
    next: page < lastPage ? pageHref(basePath, page + 1) : null,
  };
}

/** A page number to link to, or a gap ("…") between non-adjacent numbers. */
export type PageWindowItem = number | 'gap';

/**
 * The page numbers a pager shows: the first and last page, and the pages next to the current one,
 * with gaps between: page 5 of 9 → 1 … 4 5 6 … 9. A gap never stands for a single page.
 */
export function pageWindow(page: number, pageCount: number): PageWindowItem[] {
  const last = Math.max(pageCount, 1);
  const wanted = new Set([1, last, page - 1, page, page + 1].filter((n) => n >= 1 && n <= last));
  const numbers = [...wanted].sort((a, b) => a - b);
  const items: PageWindowItem[] = [];
  numbers.forEach((n, index) => {
    const previous = numbers[index - 1];
    if (previous !== undefined && n - previous === 2) items.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) items.push('gap');
    items.push(n);
  });
  return items;
}

/** An absolute URL on the site: `absoluteUrl('/articles/a', 'https://skinfacts.example')`. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString();
}

/** The site path of a content entry; slugs are encoded so an odd one can never break out of its segment. */
export const contentPath = {
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  treatment: (slug: string) => `/treatments/${encodeURIComponent(slug)}`,
  topic: (slug: string) => `/topics/${encodeURIComponent(slug)}`,
} as const;

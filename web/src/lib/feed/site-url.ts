/**
 * An absolute URL on the site: `absoluteUrl('/articles/a', 'https://skinfacts.example')`. The paths come from
 * the route map in @skinfacts/shared/site-routes.
 */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString();
}

/**
 * The absolute URL of a CMS upload. Strapi's local provider answers paths ("/uploads/a.png"); cloud
 * providers answer absolute URLs, which are kept as they are.
 */
export function mediaUrl(url: string, cmsUrl: string): string {
  if (/^https?:\/\//i.test(url)) return url;
  return new URL(url, cmsUrl.endsWith('/') ? cmsUrl : `${cmsUrl}/`).toString();
}

import type { MetadataRoute } from 'next';
import { env } from '@/env';
import { absoluteUrl } from '@/lib/feed/site-url';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: '/api/' },
    sitemap: absoluteUrl('/sitemap.xml', env.SITE_URL),
  };
}

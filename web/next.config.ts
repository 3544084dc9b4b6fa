import path from 'node:path';
import type { NextConfig } from 'next';

type RemotePattern = Exclude<NonNullable<NonNullable<NextConfig['images']>['remotePatterns']>[number], URL>;

const DEFAULT_CMS_URL = 'http://127.0.0.1:1337';

/** next/image may load CMS uploads from the configured CMS and from the usual local hosts. */
function uploadPatterns(cmsUrl: string): RemotePattern[] {
  const origins = new Set([cmsUrl, DEFAULT_CMS_URL, 'http://localhost:1337']);
  return [...origins].map((origin) => {
    const url = new URL(origin);
    return {
      protocol: url.protocol === 'https:' ? 'https' : 'http',
      hostname: url.hostname,
      port: url.port,
      pathname: '/uploads/**',
    };
  });
}

/** Set when several site instances share one cache in Redis (src/lib/cache/cache-handler.js). */
const sharedCache = Boolean(process.env.REDIS_URL);

/** next/image may also load from MEDIA_PUBLIC_URL, where the CMS serves uploads kept on S3-compatible storage. */
function mediaPatterns(mediaPublicUrl: string | undefined): RemotePattern[] {
  if (!mediaPublicUrl?.trim()) return [];
  if (!URL.canParse(mediaPublicUrl) || !/^https?:$/.test(new URL(mediaPublicUrl).protocol)) {
    throw new Error(`MEDIA_PUBLIC_URL must be an http(s) URL, got "${mediaPublicUrl}"`);
  }
  const url = new URL(mediaPublicUrl);
  return [
    {
      protocol: url.protocol === 'https:' ? 'https' : 'http',
      hostname: url.hostname,
      port: url.port,
      pathname: `${url.pathname.replace(/\/+$/, '')}/**`,
    },
  ];
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Pages and tagged fetches: in Redis with REDIS_URL, else Next's own file cache; either way the handler notes
  // each page's tags for the edge's xkey header. Loaded by the server at runtime, so one build serves both.
  cacheHandler: path.join(__dirname, 'src/lib/cache/cache-handler.js'),
  // An instance's own memory copy would miss the revalidations made on the others.
  cacheMaxMemorySize: sharedCache ? 0 : undefined,
  // Every instance of one build must agree on it (asset URLs, skew detection); Next also reads it from the
  // environment. NEXT_SERVER_ACTIONS_ENCRYPTION_KEY likewise comes from the environment (web/.env).
  deploymentId: process.env.NEXT_DEPLOYMENT_ID || undefined,
  // web/server.js compresses instead, after it may have written the CMS-outage notice into a page.
  compress: false,
  reactStrictMode: true,
  // Browser tests and benchmarks build into their own directory, so they never replace what `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  images: {
    remotePatterns: [
      ...uploadPatterns(process.env.CMS_URL ?? DEFAULT_CMS_URL),
      ...mediaPatterns(process.env.MEDIA_PUBLIC_URL),
    ],
    // The CMS usually sits on a private address (127.0.0.1, or `cms` in docker-compose), which Next 16 refuses
    // by default; remotePatterns still limits the optimizer to the CMS's /uploads/**.
    dangerouslyAllowLocalIP: true,
  },
};

export default nextConfig;

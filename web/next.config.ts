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

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  images: {
    remotePatterns: uploadPatterns(process.env.CMS_URL ?? DEFAULT_CMS_URL),
  },
};

export default nextConfig;

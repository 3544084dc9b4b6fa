import type { Core } from '@strapi/strapi';
import { allowedOrigins } from '../src/http/allowed-origins';
import { securityConfig } from '../src/uploads/admin-csp';
import { s3PublicOrigin, s3Settings } from '../src/uploads/s3-config';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => {
  const s3 = s3Settings((key) => env(key));
  return [
    // First, so every later middleware and route sees the visitor's address the site forwarded.
    'global::site-client-address',
    'strapi::logger',
    'strapi::errors',
    { name: 'strapi::security', config: securityConfig(s3 ? s3PublicOrigin(s3) : undefined) },
    {
      name: 'strapi::cors',
      config: {
        // An exact list: Strapi's default reflects any Origin, with credentials.
        origin: allowedOrigins({
          WEB_URL: env('WEB_URL'),
          WEB_PUBLIC_URL: env('WEB_PUBLIC_URL'),
          PUBLIC_URL: env('PUBLIC_URL'),
          CORS_ORIGINS: env('CORS_ORIGINS'),
        }),
        credentials: true,
      },
    },
    'strapi::poweredBy',
    'strapi::query',
    // Reads every body (src/middlewares/request-body.ts). Strapi insists on strapi::body being listed, so it
    // stays after it with every parser off.
    'global::request-body',
    {
      name: 'strapi::body',
      config: { json: false, urlencoded: false, text: false, multipart: false },
    },
    'strapi::session',
    { name: 'strapi::favicon', config: { path: 'favicon.ico' } },
    'strapi::public',
  ];
};

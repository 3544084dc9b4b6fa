import { CSP_DEFAULTS } from '@strapi/utils';

/**
 * `strapi::security` settings. With uploads on S3 the admin panel shows thumbnails and plays media from the
 * storage's public origin, which Strapi's Content-Security-Policy must then allow; otherwise Strapi's defaults.
 * (Strapi fills this in with its defaults index by index, so the lists keep the defaults first.)
 */
export function securityConfig(uploadsOrigin: string | undefined) {
  if (!uploadsOrigin) return {};
  return {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'img-src': [...CSP_DEFAULTS['img-src'], uploadsOrigin],
        'media-src': [...CSP_DEFAULTS['media-src'], uploadsOrigin],
        upgradeInsecureRequests: null,
      },
    },
  };
}

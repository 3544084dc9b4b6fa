import type { Core } from '@strapi/strapi';

export default (): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
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
  'strapi::favicon',
  'strapi::public',
];

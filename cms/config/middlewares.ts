import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  // First, so every later middleware and route sees the visitor's address the site forwarded.
  'global::site-client-address',
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;

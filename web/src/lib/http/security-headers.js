// @ts-check
'use strict';

const { URL } = require('node:url');

/**
 * @typedef {object} SecurityHeaderSettings
 * @property {string} siteUrl SITE_URL: HSTS is sent only when it is https
 * @property {string} cmsPublicUrl where browsers reach the CMS: its admin panel frames pages for Preview
 * @property {string} [mediaPublicUrl] where browsers load CMS uploads when not from the CMS (S3, a CDN)
 */

/**
 * The Content-Security-Policy, one static policy for every response, so pages stay cacheable: a per-request
 * nonce would make Next render every page on request. Without a nonce, Next's inline bootstrap scripts
 * (the RSC payload it streams into the page) need 'unsafe-inline' in script-src; what still holds is that
 * scripts load only from this site, nothing can be embedded as a plugin, forms post only here, `<base>`
 * cannot move relative URLs, and fetches reach only this site. Images come through the site's own image
 * optimizer, or straight from the CMS's uploads (`cmsPublicUrl`, or `mediaPublicUrl` when they are on S3).
 * @param {string} imageOrigins
 * @param {string} frameAncestors
 */
function contentSecurityPolicy(imageOrigins, frameAncestors) {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: ${imageOrigins}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** @param {string} pathname */
const isModeration = (pathname) =>
  pathname.startsWith('/moderation') || pathname.startsWith('/api/moderation');

/**
 * Headers for every response, by path. The moderation console can be framed by nobody (a framed console
 * could be clicked into decisions); other pages by this site and the CMS, whose admin panel shows drafts
 * in an iframe (Preview). Those pages send no X-Frame-Options: SAMEORIGIN would forbid the CMS's frame in
 * browsers old enough to ignore frame-ancestors, and newer ones follow frame-ancestors alone.
 * @param {SecurityHeaderSettings} settings
 * @returns {(pathname: string) => Record<string, string>}
 */
function securityHeaders({ siteUrl, cmsPublicUrl, mediaPublicUrl }) {
  const cmsOrigin = new URL(cmsPublicUrl).origin;
  const mediaOrigin = mediaPublicUrl ? new URL(mediaPublicUrl).origin : cmsOrigin;
  const imageOrigins = [...new Set([cmsOrigin, mediaOrigin])].join(' ');
  /** @type {Record<string, string>} */
  const common = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  if (new URL(siteUrl).protocol === 'https:') {
    common['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  }
  const pages = {
    ...common,
    'Content-Security-Policy': contentSecurityPolicy(imageOrigins, `'self' ${cmsOrigin}`),
  };
  const moderation = {
    ...common,
    'Content-Security-Policy': contentSecurityPolicy(imageOrigins, "'none'"),
    'X-Frame-Options': 'DENY',
  };
  return (pathname) => (isModeration(pathname) ? moderation : pages);
}

module.exports = { securityHeaders };

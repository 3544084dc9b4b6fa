/**
 * The `x-skinfacts-*` headers, between the site and the CMS and inside the site. Zod-free and plain
 * constants, so web/server.js (plain CommonJS) loads them too: `require('@skinfacts/shared/headers')`.
 */

/**
 * On the site's server-to-server calls to the CMS (comments, own comments, moderator login): the shared
 * WEB_TO_CMS_SECRET, proving the call comes from the site.
 */
export const WEB_SECRET_HEADER = 'x-skinfacts-web-secret';

/** The visitor's IP on those calls; the CMS believes it only alongside a correct WEB_SECRET_HEADER. */
export const CLIENT_IP_HEADER = 'x-skinfacts-client-ip';

/**
 * Inside the site: the visitor's address as web/server.js worked it out (web/src/lib/http/site-door.js). The
 * server sets it on every request, replacing any a client sent, so route handlers read this header and no other.
 */
export const VISITOR_IP_HEADER = 'x-skinfacts-visitor-ip';

/**
 * On the site's calls to the CMS for a signed-in commenter (posting a comment): the commenter's session token,
 * which the CMS resolves to their account. Believed only alongside a correct WEB_SECRET_HEADER.
 */
export const COMMENTER_SESSION_HEADER = 'x-skinfacts-commenter-session';

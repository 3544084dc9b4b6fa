// @ts-check
'use strict';

/**
 * The header in which web/server.js hands the app the visitor's address (see trusted-proxies.js). The server
 * sets it on every request, replacing any a client sent, so route handlers read this header and no other.
 */
const VISITOR_IP_HEADER = 'x-skinfacts-visitor-ip';

module.exports = { VISITOR_IP_HEADER };

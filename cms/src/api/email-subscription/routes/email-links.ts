/**
 * The links in mails, as the site forwards them (its pages and its one-click List-Unsubscribe endpoint, see
 * EMAIL_LINK_ENDPOINTS in @skinfacts/shared): the signed token is the whole authority, the shared
 * WEB_TO_CMS_SECRET proves the site sent it. No login: a commenter has none.
 */
const config = { auth: false as const, policies: ['api::comment.from-site'] };

export default {
  routes: [
    { method: 'POST', path: '/email-links/confirm', handler: 'email-links.confirm', config },
    { method: 'POST', path: '/email-links/unsubscribe', handler: 'email-links.unsubscribe', config },
  ],
};

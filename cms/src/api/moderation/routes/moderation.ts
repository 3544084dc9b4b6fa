/**
 * The moderation console's API (no content type). Each route needs the users-permissions permission
 * `api::moderation.moderation.<handler>`, which only the Moderator role gets (src/bootstrap/roles.ts), and
 * the `is-moderator` policy checks the role again — so ticking the permission for another role in the
 * admin panel does not open the queue. Full-access API tokens (editors' tools) may moderate too.
 */
const config = { policies: ['api::moderation.is-moderator'] };

export default {
  routes: [
    { method: 'GET', path: '/moderation/me', handler: 'moderation.me', config },
    { method: 'POST', path: '/moderation/logout', handler: 'moderation.logout', config },
    { method: 'GET', path: '/moderation/comments', handler: 'moderation.find', config },
    { method: 'POST', path: '/moderation/comments/bulk', handler: 'moderation.bulk', config },
    { method: 'GET', path: '/moderation/comments/:documentId', handler: 'moderation.findOne', config },
    { method: 'PATCH', path: '/moderation/comments/:documentId', handler: 'moderation.decide', config },
    { method: 'POST', path: '/moderation/comments/:documentId/replies', handler: 'moderation.reply', config },
  ],
};

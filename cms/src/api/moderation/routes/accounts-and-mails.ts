/**
 * Commenter accounts and the moderator's own mail switch in the moderation console: the same guard as the queue
 * (the permission, which only the Moderator role gets, and the is-moderator policy).
 */
const config = { policies: ['api::moderation.is-moderator'] };

export default {
  routes: [
    { method: 'PATCH', path: '/moderation/accounts/:documentId', handler: 'accounts.block', config },
    { method: 'GET', path: '/moderation/me/mails', handler: 'moderator-mails.find', config },
    { method: 'PUT', path: '/moderation/me/mails', handler: 'moderator-mails.update', config },
  ],
};

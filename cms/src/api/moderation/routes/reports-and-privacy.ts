/**
 * Reports and data-subject requests in the moderation console: the same guard as the queue (the permission, which
 * only the Moderator role gets, and the is-moderator policy; full-access API tokens pass too).
 */
const config = { policies: ['api::moderation.is-moderator'] };

export default {
  routes: [
    {
      method: 'POST',
      path: '/moderation/comments/:documentId/reports/dismiss',
      handler: 'reports.dismiss',
      config,
    },
    { method: 'POST', path: '/moderation/privacy/export', handler: 'privacy.export', config },
    { method: 'POST', path: '/moderation/privacy/erase', handler: 'privacy.erase', config },
  ],
};

/**
 * Only the site files reports (the shared web↔CMS secret, which also vouches for the visitor's IP): no
 * users-permissions auth, and no other route — reports are read and dismissed through the moderation API.
 */
export default {
  routes: [
    {
      method: 'POST',
      path: '/comment-reports',
      handler: 'comment-report.create',
      config: { auth: false, policies: ['api::comment.from-site'] },
    },
  ],
};

// Registered before the core routes (file order), so /comments/form-token is not taken for /comments/:id.
export default {
  routes: [
    { method: 'GET', path: '/comments/form-token', handler: 'comment.formToken', config: { policies: [] } },
    {
      // Only the site calls this (it checks the visitor's own-comment tokens first): no users-permissions
      // auth, the shared web↔CMS secret instead.
      method: 'POST',
      path: '/comments/own',
      handler: 'comment.own',
      config: { auth: false, policies: ['api::comment.from-site'] },
    },
  ],
};

// Registered before the core routes (file order), so /comments/form-token is not taken for /comments/:id.
export default {
  routes: [
    { method: 'GET', path: '/comments/form-token', handler: 'comment.formToken', config: { policies: [] } },
  ],
};

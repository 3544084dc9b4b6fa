// Public (see bootstrap/public-permissions.ts): where an old slug of a published document leads now.
export default {
  routes: [
    {
      method: 'GET',
      path: '/slug-redirects/:type/:slug',
      handler: 'slug-redirect.resolve',
      config: { policies: [] },
    },
  ],
};

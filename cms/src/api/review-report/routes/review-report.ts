// Not in the public role's permissions: only an API token (Settings → API Tokens) reaches it.
export default {
  routes: [
    {
      method: 'GET',
      path: '/reviews/due',
      handler: 'review-report.find',
      config: { policies: [] },
    },
  ],
};

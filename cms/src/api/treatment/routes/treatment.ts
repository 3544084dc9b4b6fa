import { factories } from '@strapi/strapi';

// Reads refuse `?status=draft` unless the caller has an API token; writes need a token with write access.
export default factories.createCoreRouter('api::treatment.treatment', {
  config: {
    find: { policies: ['global::published-only'] },
    findOne: { policies: ['global::published-only'] },
  },
});

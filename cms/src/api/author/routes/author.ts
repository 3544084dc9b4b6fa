import { factories } from '@strapi/strapi';

// Not draft-&-publish itself, but its populated articles are: refuse `?status=draft` here too.
export default factories.createCoreRouter('api::author.author', {
  config: {
    find: { policies: ['global::published-only'] },
    findOne: { policies: ['global::published-only'] },
  },
});

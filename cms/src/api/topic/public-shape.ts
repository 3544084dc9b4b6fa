export const TOPIC_LIST_SHAPE = {
  fields: ['name', 'slug', 'description', 'updatedAt'],
  populate: {},
};

export const TOPIC_DETAIL_SHAPE = {
  fields: ['name', 'slug', 'description'],
  populate: {
    articles: { fields: ['title', 'slug', 'excerpt', 'publishedAt'], sort: ['publishedAt:desc'] },
  },
};

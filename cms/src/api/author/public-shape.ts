const image = { fields: ['url', 'alternativeText', 'width', 'height', 'formats', 'mime'] };

export const AUTHOR_LIST_SHAPE = {
  fields: ['name', 'slug', 'credentials'],
  populate: { avatar: image },
};

export const AUTHOR_DETAIL_SHAPE = {
  fields: ['name', 'slug', 'credentials', 'bio'],
  populate: {
    avatar: image,
    articles: { fields: ['title', 'slug', 'excerpt', 'publishedAt'], sort: ['publishedAt:desc'] },
  },
};

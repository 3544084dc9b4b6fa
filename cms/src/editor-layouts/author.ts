import type { EditorLayout } from './types';

export const authorLayout: EditorLayout = {
  uid: 'api::author.author',
  kind: 'contentType',
  fields: {
    name: { label: 'Name', placeholder: 'Dr Jane Doe' },
    slug: {
      label: 'URL slug',
      description: 'The end of the page address (/authors/<slug>). Made from the name when left empty.',
    },
    credentials: {
      label: 'Credentials',
      placeholder: 'MD, board-certified dermatologist',
      description: 'Needed for a medical reviewer: shown next to the name on every review.',
    },
    bio: { label: 'Biography', description: 'A short paragraph on the author page.' },
    avatar: { label: 'Photo' },
    articles: { label: 'Articles', description: 'Articles written by this author.' },
  },
  edit: [['name', 'slug'], ['credentials', 'avatar'], ['bio'], ['articles']],
  list: { columns: ['name', 'credentials', 'updatedAt'], sortBy: 'name', order: 'ASC', mainField: 'name' },
};

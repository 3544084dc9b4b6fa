import type { EditorLayout } from './types';

export const topicLayout: EditorLayout = {
  uid: 'api::topic.topic',
  kind: 'contentType',
  fields: {
    name: { label: 'Name', placeholder: 'Acne scars' },
    slug: {
      label: 'URL slug',
      description: 'The end of the page address (/topics/<slug>). Made from the name when left empty.',
    },
    description: { label: 'Description', description: 'One or two sentences at the top of the topic page.' },
    articles: { label: 'Articles', description: 'Articles listed on this topic page.' },
  },
  edit: [['name', 'slug'], ['description'], ['articles']],
  list: { columns: ['name', 'slug', 'updatedAt'], sortBy: 'name', order: 'ASC', mainField: 'name' },
};

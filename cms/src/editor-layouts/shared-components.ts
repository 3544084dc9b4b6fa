import type { EditorLayout } from './types';

/** The shared components: a citation and the SEO fields. */
export const citationLayout: EditorLayout = {
  uid: 'shared.citation',
  kind: 'component',
  fields: {
    title: {
      label: 'Title',
      placeholder: 'Percutaneous collagen induction therapy: an alternative treatment…',
    },
    url: {
      label: 'Link',
      placeholder: 'https://doi.org/…',
      description: 'Optional; must start with http:// or https://.',
    },
    publisher: { label: 'Journal or publisher', placeholder: 'Clinics in Dermatology' },
    year: { label: 'Year', placeholder: '2008' },
    note: { label: 'Note', description: 'Optional: what this source supports.' },
  },
  edit: [['title'], ['url', 'publisher'], [['year', 4]], ['note']],
  list: { columns: ['title', 'publisher', 'year'], sortBy: 'year', order: 'DESC', mainField: 'title' },
};

export const seoLayout: EditorLayout = {
  uid: 'shared.seo',
  kind: 'component',
  fields: {
    metaTitle: {
      label: 'Title in search results',
      description: 'Leave empty to use the title. About 60 characters are shown.',
    },
    metaDescription: {
      label: 'Description in search results',
      description: 'Leave empty to use the excerpt. About 155 characters are shown.',
    },
    shareImage: { label: 'Image when shared', description: 'Leave empty to use the cover image.' },
  },
  edit: [['metaTitle', 'shareImage'], ['metaDescription']],
  list: { columns: ['metaTitle'], sortBy: 'metaTitle', order: 'ASC', mainField: 'metaTitle' },
};

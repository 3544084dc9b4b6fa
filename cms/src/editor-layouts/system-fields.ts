/** Strapi's own fields on every content type, labelled the same way everywhere. */
export const SYSTEM_FIELDS: Record<string, string> = {
  id: 'ID',
  createdAt: 'Created',
  updatedAt: 'Last changed',
  publishedAt: 'Published',
  createdBy: 'Created by',
  updatedBy: 'Changed by',
  locale: 'Language',
  localizations: 'Translations',
};

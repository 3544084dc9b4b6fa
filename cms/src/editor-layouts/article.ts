import type { EditorLayout } from './types';

/** Articles: the text, its links to people, topics and treatments, then medical review, sources and SEO. */
export const articleLayout: EditorLayout = {
  uid: 'api::article.article',
  kind: 'contentType',
  fields: {
    title: { label: 'Title', placeholder: 'What to expect after microneedling' },
    slug: {
      label: 'URL slug',
      description: 'The end of the page address (/articles/<slug>). Made from the title when left empty.',
    },
    excerpt: {
      label: 'Excerpt',
      placeholder: 'One or two sentences that make people want to read on.',
      description: 'Shown in article lists, the feed and search results.',
    },
    body: { label: 'Body' },
    cover: { label: 'Cover image', description: 'Shown at the top of the article and when it is shared.' },
    author: { label: 'Author' },
    topics: { label: 'Topics', description: 'The article is listed on each topic page.' },
    treatments: {
      label: 'Treatments',
      description: 'The treatments it explains; their key facts appear beside the article.',
    },
    seo: { label: 'Search engines and sharing' },
    medicalReview: {
      label: 'Medical review',
      description: 'Who checked the medical content and when. Shown on the page when set.',
    },
    references: { label: 'References', description: 'The sources the article cites.' },
    publishAt: {
      label: 'Publish at',
      description:
        'Leave empty to publish by hand. The CMS publishes the saved draft at this time (it must be in the future).',
    },
    unpublishAt: {
      label: 'Unpublish at',
      description: 'Optional. The CMS takes the page off the site at this time.',
    },
    commentsOpen: {
      label: 'Comments open',
      description: 'Off: visitors can read approved comments but not write new ones.',
    },
  },
  edit: [
    ['title', 'slug'],
    ['excerpt', 'cover'],
    ['body'],
    ['author', 'topics'],
    ['treatments', ['commentsOpen', 6]],
    ['medicalReview'],
    ['references'],
    ['publishAt', 'unpublishAt'],
    ['seo'],
  ],
  list: {
    columns: ['title', 'author', 'topics', 'updatedAt'],
    sortBy: 'updatedAt',
    order: 'DESC',
    mainField: 'title',
  },
};

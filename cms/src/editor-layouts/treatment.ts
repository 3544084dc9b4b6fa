import type { EditorLayout } from './types';

/** Treatments: what it is, the facts the site renders (fact box, readiness checker, JSON-LD), review, sources. */
export const treatmentLayout: EditorLayout = {
  uid: 'api::treatment.treatment',
  kind: 'contentType',
  fields: {
    name: { label: 'Name', placeholder: 'Microneedling', description: 'The name most patients search for.' },
    slug: {
      label: 'URL slug',
      description: 'The end of the page address (/treatments/<slug>). Made from the name when left empty.',
    },
    aliases: {
      label: 'Also known as',
      description:
        'Other names for the same treatment (e.g. "Collagen induction therapy"); searchable on the site.',
    },
    summary: {
      label: 'Summary',
      placeholder: 'A minimally invasive treatment that…',
      description: 'Two or three sentences at the top of the page and in search results.',
    },
    howItWorks: { label: 'How it works', description: 'Plain-language explanation of the procedure.' },
    benefits: { label: 'Benefits', description: 'What it can help with, one entry per concern.' },
    performedBy: { label: 'Performed by', description: 'Who may carry it out. Shown in the fact box.' },
    painLevel: {
      label: 'Pain level',
      description: 'How it usually feels, with numbing where that is usual.',
    },
    downtime: {
      label: 'Downtime',
      description: 'How long visible redness or swelling usually lasts, as a range. Shown in the fact box.',
    },
    resultsOnset: {
      label: 'Results appear after',
      description: 'When results usually show, as a range (e.g. 3 to 12 months). Shown in the fact box.',
    },
    precautions: {
      label: 'Precautions',
      description:
        'Medicines, activities and conditions to stop or check before (or after) the appointment. Each one ' +
        'becomes a question in the readiness checker.',
    },
    references: {
      label: 'References',
      description: 'The sources the facts rest on. Publishing needs at least one.',
    },
    medicalReview: {
      label: 'Medical review',
      description: 'Who checked these facts and when. Publishing needs a reviewer.',
    },
    publishAt: {
      label: 'Publish at',
      description:
        'Leave empty to publish by hand. The CMS publishes the saved draft at this time (it must be in the future).',
    },
    unpublishAt: {
      label: 'Unpublish at',
      description: 'Optional. The CMS takes the page off the site at this time.',
    },
    articles: { label: 'Articles about it', description: 'Articles that link to this treatment.' },
  },
  edit: [
    ['name', 'slug'],
    ['aliases'],
    ['summary', 'painLevel'],
    ['howItWorks'],
    ['benefits'],
    ['performedBy'],
    ['downtime'],
    ['resultsOnset'],
    ['precautions'],
    ['medicalReview'],
    ['references'],
    ['articles'],
    ['publishAt', 'unpublishAt'],
  ],
  list: {
    columns: ['name', 'slug', 'painLevel', 'updatedAt'],
    sortBy: 'name',
    order: 'ASC',
    mainField: 'name',
  },
};

import type { EditorLayout } from './types';

/** The small fact components: aliases, benefits, performers and the medical review. */
export const aliasLayout: EditorLayout = {
  uid: 'facts.alias',
  kind: 'component',
  fields: { name: { label: 'Other name', placeholder: 'Collagen induction therapy' } },
  edit: [['name']],
  list: { columns: ['name'], sortBy: 'name', order: 'ASC', mainField: 'name' },
};

export const benefitLayout: EditorLayout = {
  uid: 'facts.benefit',
  kind: 'component',
  fields: {
    title: { label: 'Concern', placeholder: 'Acne scars' },
    description: { label: 'What it does for it', description: 'One or two plain sentences.' },
  },
  edit: [['title'], ['description']],
  list: { columns: ['title'], sortBy: 'title', order: 'ASC', mainField: 'title' },
};

export const performerLayout: EditorLayout = {
  uid: 'facts.performer',
  kind: 'component',
  fields: { role: { label: 'Profession', description: 'Who may carry out the treatment.' } },
  edit: [['role']],
  list: { columns: ['role'], sortBy: 'role', order: 'ASC', mainField: 'role' },
};

export const medicalReviewLayout: EditorLayout = {
  uid: 'facts.medical-review',
  kind: 'component',
  fields: {
    reviewer: {
      label: 'Reviewer',
      description: 'An author with medical credentials who checked the facts.',
    },
    lastReviewedAt: {
      label: 'Last reviewed on',
      description:
        'The day the reviewer last checked the facts. The review falls due this many months later.',
    },
    reviewIntervalMonths: {
      label: 'Review every (months)',
      placeholder: '12',
      description:
        'How often the facts must be checked again. "Medical reviews due" on the home page counts from it.',
    },
  },
  edit: [['reviewer', ['lastReviewedAt', 3], ['reviewIntervalMonths', 3]]],
  list: {
    columns: ['reviewer', 'lastReviewedAt'],
    sortBy: 'lastReviewedAt',
    order: 'ASC',
    mainField: 'lastReviewedAt',
  },
};

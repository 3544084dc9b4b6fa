import type { EditorLayout } from './types';

/** A range of time (downtime, results onset): "1 to 3 days". */
export const rangeLayout: EditorLayout = {
  uid: 'facts.range',
  kind: 'component',
  fields: {
    min: {
      label: 'From',
      placeholder: '1',
      description: 'The shortest usual time: a whole number, 0 or more, in the unit on the right.',
    },
    max: {
      label: 'To',
      placeholder: '3',
      description:
        'The longest usual time: a whole number, at least "From". Same as "From" for a single value.',
    },
    unit: { label: 'Unit', description: 'Hours, days, weeks or months, for both numbers.' },
  },
  edit: [
    [
      ['min', 4],
      ['max', 4],
      ['unit', 4],
    ],
  ],
  list: { columns: ['min', 'max', 'unit'], sortBy: 'min', order: 'ASC', mainField: 'unit' },
};

import type { EditorLayout } from './types';

/**
 * One precaution of a treatment. Read together, a precaution says: "<advice> <subject> for <window> <relation>
 * the appointment", e.g. "Avoid retinoids for 24 hours before". The readiness checker computes from it.
 */
export const precautionLayout: EditorLayout = {
  uid: 'facts.precaution',
  kind: 'component',
  fields: {
    subject: {
      label: 'What',
      placeholder: 'Retinoids',
      description: 'The medicine, activity or condition, as patients call it. One precaution per subject.',
    },
    kind: {
      label: 'Kind',
      description:
        'Medication, activity, condition or procedure: groups the questions in the readiness checker.',
    },
    relation: {
      label: 'Before or after',
      description:
        'Before: the patient must stop this long before the appointment. After: after-care, how long to keep ' +
        'away from it after the treatment.',
    },
    windowValue: {
      label: 'Stop this long before',
      placeholder: '24',
      description:
        'How long before the appointment the patient must avoid this (or, for "after", how long after). A ' +
        'whole number above zero, in the unit next to it. Shown in the readiness checker.',
    },
    windowUnit: {
      label: 'Unit',
      description: 'Hours, days, weeks or months, for the number on the left.',
    },
    advice: {
      label: 'Advice',
      description:
        'Avoid: stop for that long. Consult: ask the practitioner first. Not eligible: anyone who had this ' +
        'within the window cannot be treated yet.',
    },
    reason: {
      label: 'Why',
      placeholder: 'Retinoids make the skin more reactive, so needling it…',
      description: 'One or two plain sentences, shown to the patient with the verdict.',
    },
  },
  edit: [['subject', 'kind'], ['relation', 'advice'], [['windowValue', 6], 'windowUnit'], ['reason']],
  list: {
    columns: ['subject', 'windowValue', 'windowUnit', 'advice'],
    sortBy: 'subject',
    order: 'ASC',
    mainField: 'subject',
  },
};

/** A treatment summary as the CMS returns it (component ids included), for tests. */
export const microneedlingSummary = {
  id: 3,
  documentId: 'tr3xq9w2e1r0t8y7u6i5o4p3',
  name: 'Microneedling',
  slug: 'microneedling',
  summary: 'Fine needles make micro-injuries that prompt new collagen.',
  painLevel: 'mild',
  downtime: { id: 1, min: 1, max: 3, unit: 'day' },
  resultsOnset: { id: 2, min: 3, max: 12, unit: 'month' },
  performedBy: [
    { id: 1, role: 'dermatologist' },
    { id: 2, role: 'aesthetician' },
  ],
  precautions: [
    {
      id: 1,
      subject: 'Isotretinoin',
      kind: 'medication',
      relation: 'before',
      windowValue: 6,
      windowUnit: 'month',
      advice: 'not-eligible',
      reason: 'Skin heals poorly while on it.',
    },
  ],
};

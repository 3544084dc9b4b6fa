import type { Citation } from './types';

/**
 * Citations the demo content points to. They name real, well-known papers and bodies, but the details were
 * written from memory for sample content: every entry says so in its note and must be checked before publishing.
 */
const VERIFY = 'Demo reference — verify title, year and details before publishing.';

export const REFERENCES = {
  fernandes2005: {
    title: 'Minimally invasive percutaneous collagen induction',
    publisher: 'Oral and Maxillofacial Surgery Clinics of North America',
    year: 2005,
    note: `${VERIFY} Early description of the technique (narrative, not a controlled trial).`,
  },
  aust2008: {
    title:
      'Percutaneous collagen induction therapy: an alternative treatment for scars, wrinkles, and skin laxity',
    publisher: 'Plastic and Reconstructive Surgery',
    year: 2008,
    note: `${VERIFY} Retrospective case series without a control group.`,
  },
  alster2018: {
    title: 'Microneedling: a review and practical guide',
    publisher: 'Dermatologic Surgery',
    year: 2018,
    note: `${VERIFY} Narrative review.`,
  },
  ramaut2018: {
    title: 'Microneedling: where do we stand now? A systematic review of the literature',
    publisher: 'Journal of Plastic, Reconstructive & Aesthetic Surgery',
    year: 2018,
    note: `${VERIFY} Systematic review; notes that most included studies were small and uncontrolled.`,
  },
  iriarte2017: {
    title: 'Review of applications of microneedling in dermatology',
    publisher: 'Clinical, Cosmetic and Investigational Dermatology',
    year: 2017,
    note: VERIFY,
  },
  varani2006: {
    title: 'Decreased collagen production in chronologically aged skin',
    publisher: 'American Journal of Pathology',
    year: 2006,
    note: `${VERIFY} Laboratory study of skin samples; supports "collagen declines with age", not a specific age.`,
  },
  waldman2017: {
    title:
      'ASDS Guidelines Task Force: consensus recommendations regarding the safety of lasers, dermabrasion, ' +
      'chemical peels, energy devices, and skin surgery during and after isotretinoin use',
    publisher: 'Dermatologic Surgery',
    year: 2017,
    note: `${VERIFY} Expert consensus; relevant to the six-month isotretinoin interval.`,
  },
  fdaMicroneedling: {
    title: 'Regulatory considerations for microneedling products: guidance for industry and FDA staff',
    publisher: 'U.S. Food and Drug Administration',
    year: 2020,
    note: `${VERIFY} Add the guidance document's web address once checked.`,
  },
  sourcePost: {
    title: 'Top benefits of micro needling (blog post the project grew out of)',
    publisher: 'Unattributed blog post',
    note:
      'Not a scientific source. Its claim that nearly all acne-scarred participants improved is cited here ' +
      'only as the claim under discussion; it names no study.',
  },
} satisfies Record<string, Citation>;

export type ReferenceKey = keyof typeof REFERENCES;

/** Fresh copies, so no two components share one object. */
export const cite = (...keys: ReferenceKey[]): Citation[] => keys.map((key) => ({ ...REFERENCES[key] }));

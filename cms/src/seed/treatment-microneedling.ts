import { MEDICAL_REVIEWER } from './authors';
import { bulletList, heading, paragraph } from './blocks';
import { cite } from './references';
import type { TreatmentSeed } from './types';

/** Every fact from shared/content/microneedling-source.md, as data. */
export const MICRONEEDLING: TreatmentSeed = {
  name: 'Microneedling',
  slug: 'microneedling',
  aliases: ['Collagen induction therapy', 'Skin needling'],
  summary:
    'A procedure in which very fine needles make many tiny, shallow punctures in the skin. The skin’s ' +
    'wound-healing response then lays down new collagen and elastin, which is why results build gradually ' +
    'over months rather than appearing straight away.',
  howItWorks: [
    paragraph(
      'A pen-shaped device or a roller fitted with fine needles is passed over the skin. The needles open ' +
        'hundreds of microscopic channels, usually a fraction of a millimetre to about two millimetres deep, ' +
        'depending on the area treated and the goal.',
    ),
    heading('The healing response', 3),
    paragraph(
      'Each channel is a controlled micro-injury. The skin treats it as a wound: it releases growth factors, ' +
        'calms the initial inflammation and then rebuilds, producing fresh collagen and elastin in the dermis. ' +
        'Because the channels are tiny and close quickly, the surface heals in a few days.',
    ),
    heading('Why results take months', 3),
    paragraph(
      'New collagen is laid down and then slowly reorganised (remodelled). That process is what softens scars ' +
        'and fine lines, and it runs on a timescale of months, so changes are judged three to twelve months ' +
        'after a course of treatment rather than the week after a session.',
    ),
    bulletList([
      'Usually performed as a course of several sessions, spaced about four to six weeks apart.',
      'A numbing cream is commonly applied first, so most people describe the feeling as mild pressure or prickling.',
      'Redness similar to a mild sunburn is expected for a day or so afterwards.',
    ]),
  ],
  benefits: [
    {
      title: 'Acne scars',
      description:
        'The best-studied use. Rolling and boxcar scars tend to respond better than deep, narrow ice-pick scars; ' +
        'most studies are small, so expect softening rather than erasure.',
    },
    {
      title: 'Wrinkles and fine lines',
      description:
        'New collagen can make fine lines less noticeable, particularly around the eyes and mouth.',
    },
    {
      title: 'Enlarged pores',
      description:
        'Firmer surrounding skin may make pores look smaller; evidence is mostly before-and-after photos.',
    },
    {
      title: 'Skin tightening',
      description:
        'A modest improvement in firmness and texture is reported; it is not a substitute for surgery.',
    },
    {
      title: 'Stretch marks',
      description:
        'Can improve the texture and colour of stretch marks, more so while they are still recent.',
    },
    {
      title: 'Hyperpigmentation',
      description:
        'Used for some dark patches, often alongside topical treatments. Skin that is irritated afterwards can ' +
        'also darken, so settings must suit the skin type.',
    },
  ],
  performedBy: ['aesthetician', 'dermatologist', 'plastic-surgeon'],
  painLevel: 'minimal',
  downtime: { min: 1, max: 3, unit: 'day' },
  resultsOnset: { min: 3, max: 12, unit: 'month' },
  precautions: [
    {
      subject: 'Retinoids',
      kind: 'medication',
      relation: 'before',
      windowValue: 24,
      windowUnit: 'hour',
      advice: 'avoid',
      reason:
        'Retinoids such as tretinoin, adapalene and retinol speed up skin turnover and make the surface more ' +
        'reactive. Needling skin in that state makes stinging, redness and peeling more likely.',
    },
    {
      subject: 'Auto-immune treatments',
      kind: 'medication',
      relation: 'before',
      windowValue: 24,
      windowUnit: 'hour',
      advice: 'avoid',
      reason:
        'Some medicines for auto-immune illnesses damp down the immune response and can slow healing. Never ' +
        'pause a prescribed medicine on your own: ask the doctor who prescribed it first.',
    },
    {
      subject: 'Sun exposure',
      kind: 'activity',
      relation: 'before',
      windowValue: 24,
      windowUnit: 'hour',
      advice: 'avoid',
      reason:
        'Sun-exposed or sunburnt skin is already inflamed. Needling it raises the risk of irritation and of dark ' +
        'patches afterwards (post-inflammatory hyperpigmentation), especially on darker skin tones.',
    },
    {
      subject: 'Isotretinoin',
      kind: 'medication',
      relation: 'before',
      windowValue: 6,
      windowUnit: 'month',
      advice: 'not-eligible',
      reason:
        'Isotretinoin changes how skin heals. Clinics conventionally wait six months after the last dose because ' +
        'of older reports of abnormal scarring; newer consensus questions how strong that evidence is, so a ' +
        'dermatologist should decide.',
    },
  ],
  references: cite(
    'fernandes2005',
    'aust2008',
    'alster2018',
    'ramaut2018',
    'waldman2017',
    'fdaMicroneedling',
  ),
  medicalReview: { reviewer: MEDICAL_REVIEWER, lastReviewedAt: '2026-03-12', reviewIntervalMonths: 12 },
};

import { bulletList, heading, paragraph } from '../blocks';
import { cite } from '../references';
import type { ArticleSeed } from '../types';

/** Work in progress: stays a draft, so the site must never show it. */
export const AFTERCARE_FIRST_WEEK: ArticleSeed = {
  title: 'Microneedling aftercare: the first seven days',
  slug: 'microneedling-aftercare-first-week',
  excerpt:
    'A day-by-day guide to looking after your skin in the week after microneedling. Draft: awaiting medical ' +
    'review.',
  status: 'draft',
  author: 'lucia-ferrer',
  topics: ['preparation-and-aftercare'],
  treatments: ['microneedling'],
  seo: {
    metaTitle: 'Microneedling aftercare: the first seven days',
    metaDescription: 'How to care for your skin day by day in the week after a microneedling session.',
  },
  references: cite('alster2018'),
  commentsOpen: true,
  body: [
    paragraph(
      '*Editor’s note: this draft still needs medical review. The timings below reflect common clinic advice ' +
        'and must be checked against the references before it is published.*',
    ),
    paragraph(
      'The week after microneedling is mostly about leaving the skin alone while it does its work. The channels ' +
        'made by the needles close within hours, but the surface stays more permeable and more sensitive for a ' +
        'few days, so what you put on it matters more than usual. Here is what a typical recovery looks like, ' +
        'and what helps at each stage.',
    ),
    heading('Day 1: calm and clean'),
    bulletList([
      'Expect redness and warmth, like a mild sunburn. Some people notice slight swelling, especially under the eyes.',
      'In the evening, rinse with lukewarm water and a gentle, fragrance-free cleanser, and pat dry with a clean towel.',
      'Skip make-up, active ingredients and anything that makes you sweat heavily.',
      'Sleep on a freshly washed pillowcase.',
    ]),
    heading('Days 2 and 3: tight and a little dry'),
    paragraph(
      'Redness fades for most people during this stage, though it can linger a little longer after deeper ' +
        'treatments. The skin may feel tight, slightly rough or dry to the touch.',
    ),
    bulletList([
      'A plain moisturiser, applied as often as feels comfortable, helps more than any special serum.',
      'Broad-spectrum sunscreen every morning, even on a cloudy day; a hat if you will be outside for long.',
      'Mineral make-up is usually fine again from about day two if the skin is no longer raw.',
    ]),
    heading('Days 4 to 7: flaking and back to routine'),
    paragraph(
      'Light flaking is common as the outer layer renews. It is tempting to scrub it away; resist, because ' +
        'rubbing can irritate skin that is still healing and, in darker skin tones, raise the risk of dark patches.',
    ),
    bulletList([
      'Keep cleansing gently and moisturising; let flakes come away on their own.',
      'Retinoids and exfoliating acids can usually return towards the end of the week, if your clinic agrees.',
      'Swimming pools, saunas and hard workouts are generally fine again once redness has gone.',
    ]),
    heading('When to call the clinic'),
    paragraph(
      'Redness that gets worse after the second day, yellow crusts, pus, fever, spreading pain or a cold-sore ' +
        'outbreak are not part of normal recovery and should be checked promptly. So should any dark or light ' +
        'patches that appear in the weeks afterwards.',
    ),
    heading('Looking further ahead'),
    paragraph(
      'The visible calm after a week is only the start. New collagen keeps forming and reorganising for months, ' +
        'which is why results are judged three to twelve months after a course, and why sun protection stays ' +
        'worth the effort long after the redness has gone.',
    ),
  ],
};

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
  coverAlt: 'Abstract illustration in mint tones for an article about microneedling aftercare',
  body: [
    paragraph(
      'Editor’s note: this draft still needs medical review, and the timings below must be checked against ' +
        'the clinic guidance we cite before it is published.',
    ),
    paragraph(
      'The week after microneedling is mostly about leaving the skin alone while it does its work. Here is what ' +
        'a typical recovery looks like and what helps.',
    ),
    heading('Day 1'),
    bulletList([
      'Redness and warmth, like a mild sunburn; some people notice slight swelling.',
      'Rinse with lukewarm water and a gentle cleanser in the evening; pat dry with a clean towel.',
      'No make-up, no active ingredients, no exercise that makes you sweat heavily.',
    ]),
    heading('Days 2 and 3'),
    bulletList([
      'Redness fades for most people; skin may feel tight or dry.',
      'A plain, fragrance-free moisturiser helps; sunscreen every morning.',
    ]),
    heading('Days 4 to 7'),
    bulletList([
      'Light flaking is common as the surface renews; do not pick or scrub.',
      'Retinoids and exfoliating acids can usually return at the end of the week, if your clinic agrees.',
    ]),
    heading('When to call the clinic'),
    paragraph(
      'Redness that gets worse after the second day, yellow crusts, pus, fever or spreading pain are not part ' +
        'of normal recovery and should be checked promptly.',
    ),
  ],
};

import { MEDICAL_REVIEWER } from '../authors';
import { bulletList, heading, paragraph } from '../blocks';
import { cite } from '../references';
import type { ArticleSeed } from '../types';

export const BENEFITS_AND_EVIDENCE: ArticleSeed = {
  title: 'Microneedling benefits: what the evidence says',
  slug: 'microneedling-benefits-and-evidence',
  excerpt:
    'Acne scars, fine lines, pores, stretch marks, pigmentation: microneedling is credited with a lot. We sort ' +
    'the claims by how well they are supported, and explain why “nearly everyone improved” needs a source.',
  status: 'published',
  author: 'maya-lindqvist',
  topics: ['evidence', 'acne-scars'],
  treatments: ['microneedling'],
  seo: {
    metaTitle: 'Microneedling benefits: what the evidence says',
    metaDescription:
      'Which microneedling benefits are well supported, which rest on small studies, and how to read claims ' +
      'about acne scars, wrinkles and stretch marks.',
  },
  // Reviewed more than twelve months ago on purpose: the site shows this article as due for review.
  medicalReview: { reviewer: MEDICAL_REVIEWER, lastReviewedAt: '2025-08-14', reviewIntervalMonths: 12 },
  references: cite('ramaut2018', 'aust2008', 'iriarte2017', 'alster2018', 'sourcePost'),
  commentsOpen: true,
  body: [
    paragraph(
      'Clinic brochures list a generous set of benefits for microneedling: softer acne scars, fewer fine lines, ' +
        'smaller-looking pores, firmer skin, faded stretch marks and a more even tone. Some of these are ' +
        'reasonably well supported. Others rest on a handful of small studies. This article sorts them, and ' +
        'explains what kind of evidence sits behind each one.',
    ),
    heading('First, how to weigh a claim'),
    paragraph('Not all studies count equally. From weakest to strongest, you will usually meet:'),
    bulletList([
      '**Before-and-after photos and testimonials:** useful for illustration, but chosen by the person selling.',
      '**Case series:** a group of patients treated and followed up, with no comparison group.',
      '**Split-face or comparative studies:** one side or group gets a different treatment, which helps separate ' +
        'the effect from time and expectation.',
      '**Randomised controlled trials and systematic reviews:** the most reliable, and still scarce for ' +
        'microneedling.',
    ]),
    heading('Acne scars: the strongest case'),
    paragraph(
      'Scarring from acne is where microneedling has been studied most, and the overall picture is encouraging: ' +
        'across many small studies, a clear majority of people see their scars soften after a course of ' +
        'treatment. Rolling and boxcar scars tend to respond better than narrow, deep “ice-pick” scars.',
    ),
    paragraph(
      'You may have read that **nearly 100% of participants** with acne scars reported a remarkable ' +
        'improvement. That sentence circulates without a named study. Figures like it usually come from small ' +
        'case series in which patients rate their own satisfaction, which is a different thing from a measured ' +
        'change in the scars, and which tends to run high. Until someone can point to the study, it should be ' +
        'read as a claim that **needs a reference**, not as a result.',
    ),
    heading('Fine lines, pores and firmness'),
    paragraph(
      'Studies of wrinkles, pore size and skin laxity report improvements, and biopsies in some of them show more ' +
        'collagen after treatment. Most of this work is small, uncontrolled and relies on photographs or ' +
        'questionnaires. A fair summary is that modest improvement is plausible, and that microneedling will not ' +
        'do what a surgical lift does.',
    ),
    heading('Stretch marks'),
    paragraph(
      'Several comparative studies suggest microneedling can improve the texture of stretch marks, with newer, ' +
        'still-pink marks responding better than older silvery ones. The studies are small and use different ' +
        'devices and schedules, which makes them hard to compare.',
    ),
    heading('Hyperpigmentation'),
    paragraph(
      'For some pigment problems, such as melasma, microneedling is mostly studied as a way to help a topical ' +
        'treatment penetrate, so it is hard to say how much of the benefit belongs to the needling itself. It ' +
        'also cuts the other way: irritated skin can darken after treatment, particularly in darker skin tones, ' +
        'which is why conservative settings and sun protection matter.',
    ),
    heading('What the evidence does not tell us yet'),
    bulletList([
      'How long results last beyond a year or two; few studies follow people for longer.',
      'Which device, needle depth and number of sessions work best for which problem.',
      'How much of the effect comes from add-ons such as platelet-rich plasma or serums used in the same session.',
    ]),
    heading('Questions worth asking before you book'),
    bulletList([
      'Which of my concerns has the best evidence, and what improvement is realistic for me?',
      'How many sessions do you expect, and when should I judge the result?',
      'What are the risks for my skin type, and how would you handle a reaction?',
    ]),
    paragraph(
      'Microneedling is a reasonable option for several concerns, with the strongest support for acne scars. ' +
        'Keeping claims in proportion to the evidence is not pessimism: it is how you set expectations you are ' +
        'likely to be happy with in three to twelve months.',
    ),
  ],
};

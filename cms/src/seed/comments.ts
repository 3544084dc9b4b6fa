import type { CommentSeed } from './types';

/** Visitor comments, already moderated (the seed writes them directly, not through the public controller). */
export const COMMENTS: CommentSeed[] = [
  {
    article: 'what-is-microneedling',
    authorName: 'Priya S.',
    authorEmail: 'priya.demo@example.com',
    body:
      'Thanks, this is the first explanation I have read that says why results take months. My clinic told me ' +
      'to book three sessions and I was wondering why I could not just judge it after one.',
    moderationStatus: 'approved',
  },
  {
    article: 'what-is-microneedling',
    authorName: 'Lucía Ferrer',
    authorEmail: 'lucia.ferrer.demo@example.com',
    authorUrl: 'https://example.com/lucia',
    body:
      'Exactly that: the collagen you build after the first session is still being remodelled when you come ' +
      'back for the second. Taking photos in the same light before each visit makes the comparison much easier.',
    moderationStatus: 'approved',
    replyTo:
      'Thanks, this is the first explanation I have read that says why results take months. My clinic told me ' +
      'to book three sessions and I was wondering why I could not just judge it after one.',
  },
  {
    article: 'microneedling-benefits-and-evidence',
    authorName: 'Tom Becker',
    authorEmail: 'tom.becker.demo@example.com',
    body:
      'Appreciate that you called out the “nearly 100%” figure. I had seen it on three different clinic sites ' +
      'and none of them linked to anything.',
    moderationStatus: 'approved',
  },
  {
    article: 'preparing-for-microneedling',
    authorName: 'Jo Martin',
    authorEmail: 'jo.martin.demo@example.com',
    body:
      'Useful checklist. I use adapalene most nights, so I will stop it two days before to be on the safe side ' +
      'and mention it at the appointment.',
    moderationStatus: 'approved',
  },
  {
    article: 'preparing-for-microneedling',
    authorName: 'Sam K.',
    authorEmail: 'sam.k.demo@example.com',
    body:
      'Does the six-month isotretinoin wait count from the first dose or the last one? I finished my course in ' +
      'the spring.',
    moderationStatus: 'pending',
  },
];

import type { AuthorSeed } from './types';

/** Fictional people: the bios say so, because a demo must not borrow real medical authority. */
export const MEDICAL_REVIEWER = 'amara-okafor';

export const AUTHORS: AuthorSeed[] = [
  {
    name: 'Maya Lindqvist',
    slug: 'maya-lindqvist',
    credentials: 'MSc Science Communication',
    bio:
      'Maya writes about skin treatments for readers who want to know what a procedure involves before they ' +
      'book it. She reads the studies behind the marketing claims and asks dermatologists to check her work. ' +
      'Demo profile: Maya is a fictional person created for the Skinfacts sample content.',
  },
  {
    name: 'Dr. Amara Okafor',
    slug: MEDICAL_REVIEWER,
    credentials: 'MD, FAAD — board-certified dermatologist',
    bio:
      'Amara is a board-certified dermatologist with a clinical focus on acne scarring and pigment disorders. ' +
      'She reviews Skinfacts articles and treatment fact boxes for medical accuracy and checks that every ' +
      'claim is matched by a reference. Demo profile: Dr. Okafor is a fictional person created for the ' +
      'Skinfacts sample content; her credentials are illustrative.',
  },
  {
    name: 'Lucía Ferrer',
    slug: 'lucia-ferrer',
    credentials: 'Licensed aesthetician',
    bio:
      'Lucía has worked in treatment rooms for over a decade and writes about the practical side of aesthetic ' +
      'procedures: how to prepare, what a session feels like and how to look after skin afterwards. ' +
      'Demo profile: Lucía is a fictional person created for the Skinfacts sample content.',
  },
];

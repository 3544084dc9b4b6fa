import type { TopicSeed } from './types';

export const TOPICS: TopicSeed[] = [
  {
    name: 'Treatments explained',
    slug: 'treatments-explained',
    description: 'What a treatment is, how it works and who performs it, in plain language.',
  },
  {
    name: 'Evidence',
    slug: 'evidence',
    description:
      'What studies show, how strong that evidence is, and where the claims run ahead of the data.',
  },
  {
    name: 'Preparation and aftercare',
    slug: 'preparation-and-aftercare',
    description:
      'What to avoid before a session, what to expect on the day and how to care for skin afterwards.',
  },
  {
    name: 'Acne scars',
    slug: 'acne-scars',
    description: 'Types of acne scarring and the treatments used to soften them.',
  },
];

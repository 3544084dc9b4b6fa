import type { ArticleSeed } from '../types';
import { AFTERCARE_FIRST_WEEK } from './aftercare-first-week';
import { BENEFITS_AND_EVIDENCE } from './benefits-and-evidence';
import { PREPARING_FOR_MICRONEEDLING } from './preparing-for-microneedling';
import { WHAT_IS_MICRONEEDLING } from './what-is-microneedling';

/** In reading order: the three published articles first, then the draft. */
export const ARTICLES: ArticleSeed[] = [
  WHAT_IS_MICRONEEDLING,
  BENEFITS_AND_EVIDENCE,
  PREPARING_FOR_MICRONEEDLING,
  AFTERCARE_FIRST_WEEK,
];

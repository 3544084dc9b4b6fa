import type { Precaution } from '@skinfacts/shared';

/** Microneedling's seeded precautions, plus one after-care rule. */
export const RETINOIDS: Precaution = {
  subject: 'Retinoids',
  kind: 'medication',
  relation: 'before',
  windowValue: 24,
  windowUnit: 'hour',
  advice: 'avoid',
  reason: 'Retinoids make the skin more reactive.',
};

export const SUN_EXPOSURE: Precaution = {
  subject: 'Sun exposure',
  kind: 'activity',
  relation: 'before',
  windowValue: 24,
  windowUnit: 'hour',
  advice: 'avoid',
  reason: 'Sun-exposed skin is already inflamed.',
};

export const ISOTRETINOIN: Precaution = {
  subject: 'Isotretinoin',
  kind: 'medication',
  relation: 'before',
  windowValue: 6,
  windowUnit: 'month',
  advice: 'not-eligible',
  reason: 'Isotretinoin changes how skin heals.',
};

export const SUN_AFTER: Precaution = {
  subject: 'Sun after treatment',
  kind: 'activity',
  relation: 'after',
  windowValue: 2,
  windowUnit: 'week',
  advice: 'avoid',
  reason: 'Healing skin burns easily.',
};

export const PRECAUTIONS: Precaution[] = [RETINOIDS, SUN_EXPOSURE, ISOTRETINOIN, SUN_AFTER];

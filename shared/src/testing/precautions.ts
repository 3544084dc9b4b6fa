/**
 * The one precautions fixture of the tests in every workspace (`@skinfacts/shared/testing/precautions`):
 * microneedling's seeded precautions, one after-care rule, and a builder for the rest. Test data only.
 */
import type { Precaution } from '../precaution';
import type { TimeUnit } from '../time-units';

/** A precaution with the common defaults: a medication to avoid before the appointment, without a reason. */
export function precaution(
  subject: string,
  windowValue: number,
  windowUnit: TimeUnit,
  options: Partial<Omit<Precaution, 'subject' | 'windowValue' | 'windowUnit'>> = {},
): Precaution {
  return {
    subject,
    kind: 'medication',
    relation: 'before',
    advice: 'avoid',
    windowValue,
    windowUnit,
    ...options,
  };
}

export const RETINOIDS = precaution('Retinoids', 24, 'hour', {
  reason: 'Retinoids make the skin more reactive.',
});

export const SUN_EXPOSURE = precaution('Sun exposure', 24, 'hour', {
  kind: 'activity',
  reason: 'Sun-exposed skin is already inflamed.',
});

export const ISOTRETINOIN = precaution('Isotretinoin', 6, 'month', {
  advice: 'not-eligible',
  reason: 'Isotretinoin changes how skin heals.',
});

export const SUN_AFTER = precaution('Sun after treatment', 2, 'week', {
  kind: 'activity',
  relation: 'after',
  reason: 'Healing skin burns easily.',
});

export const PRECAUTIONS: Precaution[] = [RETINOIDS, SUN_EXPOSURE, ISOTRETINOIN, SUN_AFTER];

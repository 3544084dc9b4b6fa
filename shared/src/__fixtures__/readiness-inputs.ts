/** Precautions and the microneedling appointment the readiness unit tests share (not part of the build). */
import { evaluateReadiness, type ReadinessInput } from '../readiness';
import { precaution } from '../testing/precautions';

export { precaution };

export const retinoids = precaution('Retinoids', 24, 'hour');
export const autoImmune = precaution('Auto-immune treatments', 24, 'hour');
export const sun = precaution('Sun exposure', 24, 'hour', { kind: 'activity' });
export const isotretinoin = precaution('Isotretinoin', 6, 'month', { advice: 'not-eligible' });
export const microneedling = [retinoids, autoImmune, sun, isotretinoin];

/** The microneedling appointment on Friday 4 Dec 2026 at 10:00 in Berlin, checked on 3 Dec. */
export function evaluate(overrides: Partial<ReadinessInput> = {}) {
  return evaluateReadiness({
    precautions: microneedling,
    appointmentAt: '2026-12-04T10:00',
    timeZone: 'Europe/Berlin',
    lastOccurrences: {
      Retinoids: null,
      'Auto-immune treatments': null,
      'Sun exposure': null,
      Isotretinoin: null,
    },
    now: '2026-12-03T08:00:00Z',
    ...overrides,
  });
}

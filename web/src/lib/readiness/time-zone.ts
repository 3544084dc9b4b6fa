/** The visitor's zone, and wall-clock times in it as UTC instants (resolved exactly as the readiness engine does). */
import { isKnownTimeZone, localDateTimeToUtc } from '@skinfacts/shared/readiness';

/** The browser's IANA zone ('Europe/Berlin'), or 'UTC' when the browser does not say. */
export function detectTimeZone(): string {
  try {
    const { timeZone } = Intl.DateTimeFormat().resolvedOptions();
    return isKnownTimeZone(timeZone) ? timeZone : 'UTC';
  } catch {
    return 'UTC';
  }
}

/** UTC epoch milliseconds of a local 'YYYY-MM-DDTHH:mm' in the zone, or null for malformed input. */
export const localToUtc = localDateTimeToUtc;

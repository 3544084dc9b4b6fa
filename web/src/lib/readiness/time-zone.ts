/** The visitor's zone. */
import { isKnownTimeZone } from '@skinfacts/shared/readiness';

/** The browser's IANA zone ('Europe/Berlin'), or 'UTC' when the browser does not say. */
export function detectTimeZone(): string {
  try {
    const { timeZone } = Intl.DateTimeFormat().resolvedOptions();
    return isKnownTimeZone(timeZone) ? timeZone : 'UTC';
  } catch {
    return 'UTC';
  }
}

/** What the checker asks about each `before` precaution, worded for its kind. */
import type { Precaution, PrecautionKind } from '@skinfacts/shared';
import { formatWindow } from '@skinfacts/shared/readiness-format';
import { formatWhen } from './local-time-wording';

/** The label of the "it happened" choice: "Last taken on" a date and time. */
export const LAST_OCCURRENCE_LABEL: Readonly<Record<PrecautionKind, string>> = {
  medication: 'Last taken on',
  activity: 'Last time on',
  condition: 'Last had it on',
  procedure: 'Last had one on',
};

/** The same choice inside a sentence: "last taken Wednesday 2 Dec, 20:00". */
const LAST_OCCURRENCE_PHRASE: Readonly<Record<PrecautionKind, string>> = {
  medication: 'last taken',
  activity: 'last time',
  condition: 'last had it',
  procedure: 'last had one',
};

/** The rule behind the question: "Avoid for 24 hours before your appointment." */
export function questionHint({ windowValue, windowUnit, advice }: Precaution): string {
  const window = formatWindow(windowValue, windowUnit);
  switch (advice) {
    case 'avoid':
      return `Avoid for ${window} before your appointment.`;
    case 'consult':
      return `Ask your practitioner if it was within ${window} before your appointment.`;
    case 'not-eligible':
      return `Not eligible if it was within ${window} before your appointment.`;
  }
}

/**
 * The visitor's answer for the checklist: "Never" or "Last taken Wednesday 2 Dec, 20:00" (with the
 * year when it is not `referenceYear`, the appointment's).
 */
export function describeAnswer(
  kind: PrecautionKind,
  lastOccurrence: string | null | undefined,
  referenceYear?: number,
): string {
  if (lastOccurrence === undefined) return 'Not answered';
  if (lastOccurrence === null) return 'Never';
  const phrase = LAST_OCCURRENCE_PHRASE[kind];
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)} ${formatWhen(lastOccurrence, { referenceYear })}`;
}

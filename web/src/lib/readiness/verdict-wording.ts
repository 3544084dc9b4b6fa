/**
 * What the checker says about each verdict, worded for the precaution's kind and advice. Times are the
 * engine's local 'YYYY-MM-DDTHH:mm' strings; `referenceYear` (the appointment's) hides a repeated year.
 */
import type { Precaution, PrecautionKind, ReadinessItem, ReadinessOverall } from '@skinfacts/shared';
import { formatDateWithYear, formatWhen } from './local-time-wording';

export type VerdictTone = 'ready' | 'too-recent' | 'not-eligible' | 'unknown' | 'after-care';

export const STATUS_LABEL: Readonly<Record<VerdictTone, string>> = {
  ready: 'Ready',
  'too-recent': 'Too recent',
  'not-eligible': 'Not eligible',
  unknown: 'Unanswered',
  'after-care': 'After-care',
};

/** A text symbol beside each label, so status never rests on colour alone. */
export const STATUS_ICON: Readonly<Record<VerdictTone, string>> = {
  ready: '✓',
  'too-recent': '!',
  'not-eligible': '✗',
  unknown: '?',
  'after-care': '→',
};

export const OVERALL_VERDICT: Readonly<Record<ReadinessOverall, string>> = {
  ready: 'You look ready',
  'not-ready': 'Not ready yet',
  incomplete: 'Answer every question to get a verdict',
};

export const OVERALL_TONE: Readonly<Record<ReadinessOverall, VerdictTone>> = {
  ready: 'ready',
  'not-ready': 'not-eligible',
  incomplete: 'unknown',
};

/** "Don't take it after …": the stop-by sentence for an `avoid` precaution. */
const STOP_AVOID: Readonly<Record<PrecautionKind, (when: string) => string>> = {
  medication: (when) => `Don't take it after ${when}.`,
  activity: (when) => `Avoid it after ${when}.`,
  condition: (when) => `If it comes back after ${when}, your appointment will need to move.`,
  procedure: (when) => `Don't have one after ${when}.`,
};

/** "If you take it after …, ask your practitioner first." for a `consult` precaution. */
const STOP_CONSULT: Readonly<Record<PrecautionKind, string>> = {
  medication: 'If you take it after',
  activity: 'If you do it after',
  condition: 'If it comes back after',
  procedure: 'If you have one after',
};

/** A ready not-eligible precaution stays ready only if nothing happens before the appointment. */
const KEEP_ELIGIBLE: Readonly<Record<PrecautionKind, string>> = {
  medication: 'Taking it again before your appointment would make you ineligible.',
  activity: 'Doing it again before your appointment would make you ineligible.',
  condition: 'If it comes back before your appointment, you would not be eligible.',
  procedure: 'Having one before your appointment would make you ineligible.',
};

/** After-care with `consult` advice: "Until …, ask your practitioner before taking it." */
const AFTER_CONSULT: Readonly<Record<PrecautionKind, string>> = {
  medication: 'ask your practitioner before taking it',
  activity: 'ask your practitioner before doing it',
  condition: 'tell your practitioner if it appears',
  procedure: 'ask your practitioner before having one',
};

/** After-care with `not-eligible` advice: "You are not eligible if you need to take it before …". */
const AFTER_NOT_ELIGIBLE: Readonly<Record<PrecautionKind, string>> = {
  medication: 'need to take it',
  activity: 'plan to do it',
  condition: 'expect it',
  procedure: 'have one planned',
};

export function toneOf(item: ReadinessItem, precaution: Pick<Precaution, 'relation'>): VerdictTone {
  return precaution.relation === 'after' ? 'after-care' : item.status;
}

/** The stop-by sentence ("Don't take it after Thursday 3 Dec, 10:00."), or null without a stop-by time. */
export function stopBySentence(
  item: ReadinessItem,
  { kind, advice }: Pick<Precaution, 'kind' | 'advice'>,
  referenceYear?: number,
): string | null {
  if (!item.stopBy) return null;
  const when = formatWhen(item.stopBy, { referenceYear });
  return advice === 'consult'
    ? `${STOP_CONSULT[kind]} ${when}, ask your practitioner first.`
    : STOP_AVOID[kind](when);
}

/** The verdict in words for one precaution: what to do, and by when. */
export function describeVerdict(
  item: ReadinessItem,
  precaution: Pick<Precaution, 'kind' | 'advice' | 'relation'>,
  referenceYear?: number,
): string {
  const { kind, advice } = precaution;
  const when = (text: string) => formatWhen(text, { referenceYear });
  if (precaution.relation === 'after') {
    const until = item.avoidUntil ? when(item.avoidUntil) : 'the end of the after-care period';
    if (advice === 'consult') return `Until ${until}, ${AFTER_CONSULT[kind]}.`;
    if (advice === 'not-eligible') {
      return `You are not eligible if you ${AFTER_NOT_ELIGIBLE[kind]} before ${until}. Tell your practitioner.`;
    }
    return `Avoid until ${until}.`;
  }
  const stop = stopBySentence(item, precaution, referenceYear);
  switch (item.status) {
    case 'ready':
      if (advice === 'not-eligible') return `Eligible. ${KEEP_ELIGIBLE[kind]}`;
      return stop ?? 'Ready.';
    case 'too-recent': {
      const earliest = item.earliestAppointment ? when(item.earliestAppointment) : null;
      if (!earliest) return 'Too recent for this appointment.';
      return advice === 'consult'
        ? `Ask your practitioner before this appointment, or move it to ${earliest} or later.`
        : `Earliest safe appointment: ${earliest}.`;
    }
    case 'not-eligible':
      return item.eligibleFrom
        ? `Not eligible until ${formatDateWithYear(item.eligibleFrom)}.`
        : 'Not eligible for this appointment.';
    case 'unknown':
      return stop
        ? `Answer the question to get a verdict. Either way: ${stop.charAt(0).toLowerCase()}${stop.slice(1)}`
        : 'Answer the question to get a verdict.';
  }
}

import type { Precaution, PrecautionAdvice, PrecautionKind, TimeUnit } from '@skinfacts/shared';
import { formatWindow, inTheLast } from '@skinfacts/shared/readiness-format';

export const ADVICE_LABELS: Readonly<Record<PrecautionAdvice, string>> = {
  avoid: 'Avoid',
  consult: 'Ask your practitioner',
  'not-eligible': 'Not eligible',
};

/** How a past occurrence is described: "taken in the last 6 months", "present in the last 2 weeks". */
const PAST: Readonly<Record<PrecautionKind, string>> = {
  medication: 'taken',
  activity: 'done',
  condition: 'present',
  procedure: 'done',
};

/** How a future occurrence is described: "planned within 2 weeks after". */
const FUTURE: Readonly<Record<PrecautionKind, string>> = {
  medication: 'needed',
  activity: 'planned',
  condition: 'expected',
  procedure: 'planned',
};

/** "stop 24 hours before" for each kind of precaution to avoid before a treatment. */
const AVOID_BEFORE: Readonly<Record<PrecautionKind, (window: string) => string>> = {
  medication: (window) => `stop ${window} before`,
  activity: (window) => `avoid for ${window} before`,
  condition: (window) => `must be clear for ${window} before`,
  procedure: (window) => `not within ${window} before`,
};

/** "ask your practitioner before taking it within 2 days after" for each kind. */
const CONSULT_AFTER: Readonly<Record<PrecautionKind, (window: string) => string>> = {
  medication: (window) => `ask your practitioner before taking it within ${window} after`,
  activity: (window) => `ask your practitioner before doing it within ${window} after`,
  condition: (window) => `tell your practitioner if present within ${window} after`,
  procedure: (window) => `ask your practitioner before having one within ${window} after`,
};

/**
 * When and what to do, in words, starting in lower case: "stop 24 hours before", "not eligible if
 * taken in the last 6 months", "avoid for 24 hours after". The phrase depends on the relation, the
 * advice and (where the verb differs) the kind; the window always comes from the data.
 */
export function precautionTiming(precaution: Precaution): string {
  const { kind, relation, advice, windowValue, windowUnit } = precaution;
  const window = formatWindow(windowValue, windowUnit);
  if (relation === 'before') {
    switch (advice) {
      case 'avoid':
        return AVOID_BEFORE[kind](window);
      case 'consult':
        return `ask your practitioner if ${PAST[kind]} ${inTheLast(windowValue, windowUnit)}`;
      case 'not-eligible':
        return `not eligible if ${PAST[kind]} ${inTheLast(windowValue, windowUnit)}`;
    }
  }
  switch (advice) {
    case 'avoid':
      return `avoid for ${window} after`;
    case 'consult':
      return CONSULT_AFTER[kind](window);
    case 'not-eligible':
      return `not eligible if ${FUTURE[kind]} within ${window} after`;
  }
}

/** "Retinoids — stop 24 hours before", "Isotretinoin — not eligible if taken in the last 6 months". */
export function describePrecaution(precaution: Precaution): string {
  return `${precaution.subject} — ${precautionTiming(precaution)}`;
}

/** Upper-cases the first letter: "stop 24 hours before" → "Stop 24 hours before". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Rough hours per unit, only to compare windows ("6 months" is longer than "24 hours"). */
const APPROXIMATE_HOURS: Readonly<Record<TimeUnit, number>> = { hour: 1, day: 24, week: 168, month: 730 };

/** The precaution whose window reaches furthest before the appointment, or null when none do. */
export function longestBeforeWindow(precautions: readonly Precaution[]): Precaution | null {
  let longest: Precaution | null = null;
  for (const precaution of precautions) {
    if (precaution.relation !== 'before') continue;
    const hours = precaution.windowValue * APPROXIMATE_HOURS[precaution.windowUnit];
    if (!longest || hours > longest.windowValue * APPROXIMATE_HOURS[longest.windowUnit]) longest = precaution;
  }
  return longest;
}

/** Before-precautions first, then after-care, each in the CMS's order. */
export function sortByRelation(precautions: readonly Precaution[]): Precaution[] {
  return [
    ...precautions.filter((precaution) => precaution.relation === 'before'),
    ...precautions.filter((precaution) => precaution.relation === 'after'),
  ];
}

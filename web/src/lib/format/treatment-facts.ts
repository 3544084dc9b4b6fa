import type { AuthorRef, PainLevel, PerformerRole } from '@skinfacts/shared';
import { capitalize } from './precaution';

export const PERFORMER_LABELS: Readonly<Record<PerformerRole, string>> = {
  aesthetician: 'Aesthetician',
  dermatologist: 'Dermatologist',
  'plastic-surgeon': 'Plastic surgeon',
  nurse: 'Nurse',
  doctor: 'Doctor',
};

export const PAIN_LABELS: Readonly<Record<PainLevel, string>> = {
  none: 'None',
  minimal: 'Minimal',
  mild: 'Mild',
  moderate: 'Moderate',
  significant: 'Significant',
};

const either = new Intl.ListFormat('en-GB', { style: 'long', type: 'disjunction' });

/** "Collagen induction therapy" → "collagen induction therapy"; "CIT" and "Dermapen X" stay as they are. */
function inSentence(name: string): string {
  const looksLikeAcronym = /^[A-Z]{2}/.test(name);
  return looksLikeAcronym ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

/** "Aesthetician, dermatologist or plastic surgeon" (each role once); null for none. */
export function describePerformers(roles: readonly PerformerRole[]): string | null {
  const labels = [...new Set(roles)].map((role) => PERFORMER_LABELS[role].toLowerCase());
  return labels.length === 0 ? null : capitalize(either.format(labels));
}

/** "Also known as collagen induction therapy or skin needling"; null without aliases. */
export function describeAliases(names: readonly string[]): string | null {
  const cleaned = names.map((name) => name.trim()).filter(Boolean);
  return cleaned.length === 0 ? null : `Also known as ${either.format(cleaned.map(inSentence))}`;
}

/** "Dr. Amara Okafor, MD, FAAD" — the name with credentials when there are any. */
export function personWithCredentials(person: Pick<AuthorRef, 'name' | 'credentials'>): string {
  const credentials = person.credentials?.trim();
  return credentials ? `${person.name}, ${credentials}` : person.name;
}

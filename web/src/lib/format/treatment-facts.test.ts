import { PAIN_LEVELS, PERFORMER_ROLES } from '@skinfacts/shared';
import {
  PAIN_LABELS,
  PERFORMER_LABELS,
  describeAliases,
  describePerformers,
  personWithCredentials,
} from './treatment-facts';

describe('performer labels', () => {
  it('labels every role in words', () => {
    expect(PERFORMER_ROLES.map((role) => PERFORMER_LABELS[role])).toEqual([
      'Aesthetician',
      'Dermatologist',
      'Plastic surgeon',
      'Nurse',
      'Doctor',
    ]);
  });

  it('joins roles into one sentence, each once', () => {
    expect(describePerformers(['aesthetician', 'dermatologist', 'plastic-surgeon'])).toBe(
      'Aesthetician, dermatologist or plastic surgeon',
    );
    expect(describePerformers(['dermatologist', 'dermatologist'])).toBe('Dermatologist');
    expect(describePerformers(['nurse', 'doctor'])).toBe('Nurse or doctor');
    expect(describePerformers([])).toBeNull();
  });
});

describe('pain labels', () => {
  it('labels every level', () => {
    expect(PAIN_LEVELS.map((level) => PAIN_LABELS[level])).toEqual([
      'None',
      'Minimal',
      'Mild',
      'Moderate',
      'Significant',
    ]);
  });
});

describe('describeAliases', () => {
  it('reads the aliases in a sentence, keeping acronyms', () => {
    expect(describeAliases(['Collagen induction therapy'])).toBe('Also known as collagen induction therapy');
    expect(describeAliases(['Collagen induction therapy', 'Skin needling'])).toBe(
      'Also known as collagen induction therapy or skin needling',
    );
    expect(describeAliases(['CIT', ' '])).toBe('Also known as CIT');
    expect(describeAliases([])).toBeNull();
  });
});

describe('personWithCredentials', () => {
  it('adds credentials when there are any', () => {
    expect(personWithCredentials({ name: 'Dr. Amara Okafor', credentials: 'MD, FAAD' })).toBe(
      'Dr. Amara Okafor, MD, FAAD',
    );
    expect(personWithCredentials({ name: 'Maya', credentials: ' ' })).toBe('Maya');
    expect(personWithCredentials({ name: 'Maya', credentials: null })).toBe('Maya');
  });
});

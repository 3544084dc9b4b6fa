import { LIMITS } from './limits';
import { isSlug, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Microneedling', 'microneedling'],
    ['Collagen Induction Therapy', 'collagen-induction-therapy'],
    ['Crème & Peel: Before/After', 'creme-peel-before-after'],
    ["Don't skip SPF!", 'dont-skip-spf'],
    ['  --Ünïcödé   spaces--  ', 'unicode-spaces'],
    ['Straße Ærø Łódź', 'strasse-aero-lodz'],
    ['Fullwidth ＡＢＣ １２３', 'fullwidth-abc-123'],
    ['a___b...c', 'a-b-c'],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('returns an empty string when nothing usable remains', () => {
    expect(slugify('')).toBe('');
    expect(slugify('!!! --- ???')).toBe('');
    expect(slugify('日本語')).toBe('');
  });

  it('caps the length and never ends with a dash', () => {
    const slug = slugify(`${'a'.repeat(LIMITS.slug - 1)} b c`);
    expect(slug.length).toBeLessThanOrEqual(LIMITS.slug);
    expect(slug.endsWith('-')).toBe(false);
    expect(slugify('x'.repeat(500))).toHaveLength(LIMITS.slug);
  });

  it('always produces a valid slug for alphanumeric input', () => {
    for (const input of ['A', 'Été 2024', 'x'.repeat(300), 'a - b']) {
      expect(isSlug(slugify(input))).toBe(true);
    }
  });
});

describe('isSlug', () => {
  it('accepts lowercase dash-separated words only', () => {
    expect(isSlug('microneedling-aftercare')).toBe(true);
    expect(isSlug('Microneedling')).toBe(false);
    expect(isSlug('-a')).toBe(false);
    expect(isSlug('a--b')).toBe(false);
    expect(isSlug('')).toBe(false);
  });
});

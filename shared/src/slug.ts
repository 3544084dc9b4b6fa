import { LIMITS } from './limits';

/** Letters that Unicode normalisation does not split into a base letter plus a mark. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

/** A slug is lowercase ASCII letters and digits in groups joined by single dashes. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return value.length <= LIMITS.slug && SLUG_PATTERN.test(value);
}

/**
 * Turns a title into a URL slug: "Crème & Peel: Before/After" → "creme-peel-before-after".
 * Accents are dropped, apostrophes removed ("Don't" → "dont"), every other run of
 * non-alphanumerics becomes one dash. Returns '' when the text has no usable letters or digits.
 * The result is at most LIMITS.slug characters and never starts or ends with a dash.
 */
export function slugify(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (letter) => SPECIAL_LETTERS[letter] ?? '')
    .replace(/['’‘`]/g, '');
  const dashed = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return dashed.slice(0, LIMITS.slug).replace(/-+$/, '');
}

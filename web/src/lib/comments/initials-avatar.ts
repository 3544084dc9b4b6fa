/**
 * Generated avatars for commenters: initials on a colour picked by a salted hash of the name (FNV-1a, pure, the
 * same on the server and in the browser). The salt keeps the colour from being a known hash of the name.
 */
const SALT = 'skinfacts-avatar-v1:';

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0] ?? '?'];
  return letters
    .map((word) => Array.from(word ?? '?')[0] ?? '?')
    .join('')
    .toUpperCase();
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A hue from the hash, with saturation and lightness that keep white initials readable (contrast ≥ 4.5). */
export function avatarColour(name: string): string {
  return `hsl(${fnv1a(SALT + name.trim().toLowerCase()) % 360} 55% 32%)`;
}

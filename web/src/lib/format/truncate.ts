/**
 * `text` cut to at most `max` characters at a word boundary, ending in "…" when cut; whitespace is
 * collapsed. For meta descriptions (search engines show about 160 characters).
 */
export function truncateText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, Math.max(0, max - 1));
  const endsAtWord = clean.charAt(cut.length) === ' ' || !cut.includes(' ');
  const atWord = endsAtWord ? cut : cut.slice(0, cut.lastIndexOf(' '));
  return `${atWord.replace(/[\s,;:.–—-]+$/, '')}…`;
}

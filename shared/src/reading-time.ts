/** Words per minute an adult reads health information at; a common editorial estimate. */
export const WORDS_PER_MINUTE = 220;

const INLINE_TYPES = new Set(['text', 'link']);

/** Inline text joins without a gap (a bold "micro" + "needling" is one word); blocks are separated. */
function collectText(node: unknown, into: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) collectText(child, into);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  if ('text' in node && typeof node.text === 'string') into.push(node.text);
  if ('children' in node) collectText(node.children, into);
  if ('type' in node && typeof node.type === 'string' && !INLINE_TYPES.has(node.type)) into.push(' ');
}

/** Words in a Strapi blocks value (any nesting: lists, links, quotes); 0 for anything that is not blocks. */
export function countBlockWords(blocks: unknown): number {
  const texts: string[] = [];
  collectText(blocks, texts);
  return texts.join('').split(/\s+/).filter(Boolean).length;
}

/** Whole minutes to read `words`, at least 1 for any text. */
export function readingMinutes(words: number): number {
  if (words <= 0) return 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

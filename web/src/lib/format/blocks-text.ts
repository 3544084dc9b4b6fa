/**
 * The plain text of a Strapi blocks value: inline text joins as written, blocks and list items are
 * separated by one space. Top-level blocks whose type is in `omit` (e.g. 'heading') are skipped.
 * Anything that is not blocks gives ''.
 */
export function blocksPlainText(blocks: unknown, { omit = [] }: { omit?: readonly string[] } = {}): string {
  const parts: string[] = [];
  const kept = Array.isArray(blocks) ? blocks.filter((block) => !omit.includes(typeOf(block))) : blocks;
  collect(kept, parts);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

const INLINE_TYPES = new Set(['text', 'link']);

function typeOf(node: unknown): string {
  return typeof node === 'object' && node !== null && 'type' in node && typeof node.type === 'string'
    ? node.type
    : '';
}

function collect(node: unknown, into: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) collect(child, into);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  if ('text' in node && typeof node.text === 'string') into.push(node.text);
  if ('children' in node) collect(node.children, into);
  if (typeOf(node) !== '' && !INLINE_TYPES.has(typeOf(node))) into.push(' ');
}

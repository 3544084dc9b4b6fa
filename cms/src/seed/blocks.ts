/**
 * Builders for Strapi's "blocks" rich text, so the seed's articles read like prose instead of JSON.
 * Inline markup inside a string: **bold** and *italic*. Nothing else is interpreted.
 */

export type TextNode = { type: 'text'; text: string; bold?: true; italic?: true };
export type InlineNode = TextNode;

export type ParagraphBlock = { type: 'paragraph'; children: InlineNode[] };
export type HeadingBlock = { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] };
export type ListItemBlock = { type: 'list-item'; children: InlineNode[] };
export type ListBlock = { type: 'list'; format: 'ordered' | 'unordered'; children: ListItemBlock[] };
export type QuoteBlock = { type: 'quote'; children: InlineNode[] };

export type Block = ParagraphBlock | HeadingBlock | ListBlock | QuoteBlock;

const INLINE_MARKUP = /(\*\*[^*]+\*\*|\*[^*]+\*)/g;

/** Splits "a **b** *c*" into text nodes with bold/italic marks. */
export function inline(source: string): TextNode[] {
  const nodes: TextNode[] = [];
  for (const part of source.split(INLINE_MARKUP)) {
    if (part === '') continue;
    if (part.startsWith('**') && part.endsWith('**') && part.length > 4) {
      nodes.push({ type: 'text', text: part.slice(2, -2), bold: true });
    } else if (part.startsWith('*') && part.endsWith('*') && part.length > 2) {
      nodes.push({ type: 'text', text: part.slice(1, -1), italic: true });
    } else {
      nodes.push({ type: 'text', text: part });
    }
  }
  // Strapi's editor expects at least one (possibly empty) text child.
  return nodes.length > 0 ? nodes : [{ type: 'text', text: '' }];
}

export const paragraph = (source: string): ParagraphBlock => ({
  type: 'paragraph',
  children: inline(source),
});

export const heading = (source: string, level: HeadingBlock['level'] = 2): HeadingBlock => ({
  type: 'heading',
  level,
  children: inline(source),
});

export const bulletList = (items: string[]): ListBlock => ({
  type: 'list',
  format: 'unordered',
  children: items.map((item) => ({ type: 'list-item', children: inline(item) })),
});

export const numberedList = (items: string[]): ListBlock => ({
  type: 'list',
  format: 'ordered',
  children: items.map((item) => ({ type: 'list-item', children: inline(item) })),
});

export const quote = (source: string): QuoteBlock => ({ type: 'quote', children: inline(source) });

/** The plain text of some blocks (used to count words in tests and to check the prose is substantial). */
export function plainText(blocks: Block[]): string {
  const texts: string[] = [];
  const visit = (node: { text?: string; children?: unknown[] }) => {
    if (typeof node.text === 'string') texts.push(node.text);
    for (const child of node.children ?? []) visit(child as { text?: string; children?: unknown[] });
  };
  blocks.forEach((block) => visit(block));
  return texts.join(' ');
}

import { blocksSchema } from './blocks';

describe('blocksSchema', () => {
  it('keeps every property of every node for the renderer', () => {
    const body = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'How it works' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'See ', bold: true },
          { type: 'link', url: 'https://example.com', children: [{ type: 'text', text: 'this' }] },
        ],
      },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [] }] },
    ];
    expect(blocksSchema.parse(body)).toEqual(body);
  });

  it('accepts an empty document', () => {
    expect(blocksSchema.parse([])).toEqual([]);
  });

  it.each([
    ['a string', 'just text'],
    ['a block without type', [{ children: [] }]],
    ['a block without children', [{ type: 'paragraph' }]],
    ['a child without type', [{ type: 'paragraph', children: [{ text: 'x' }] }]],
  ])('rejects %s', (_label, value) => {
    expect(blocksSchema.safeParse(value).success).toBe(false);
  });
});

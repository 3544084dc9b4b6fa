import { blocksPlainText } from './blocks-text';

describe('blocksPlainText', () => {
  it('joins inline text as written and separates blocks and list items', () => {
    const blocks = [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Micro' },
          { type: 'text', text: 'needling', bold: true },
        ],
      },
      { type: 'heading', level: 3, children: [{ type: 'text', text: 'How' }] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'One' }] },
          {
            type: 'list-item',
            children: [
              { type: 'link', url: 'https://example.org', children: [{ type: 'text', text: 'two' }] },
              { type: 'text', text: ' here' },
            ],
          },
        ],
      },
    ];
    expect(blocksPlainText(blocks)).toBe('Microneedling How One two here');
  });

  it('gives an empty string for empty or non-block values', () => {
    expect(blocksPlainText([])).toBe('');
    expect(blocksPlainText(null)).toBe('');
    expect(blocksPlainText('text')).toBe('');
  });

  it('can leave out headings', () => {
    const blocks = [
      { type: 'heading', level: 3, children: [{ type: 'text', text: 'Why' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Because.' }] },
    ];
    expect(blocksPlainText(blocks, { omit: ['heading'] })).toBe('Because.');
  });
});

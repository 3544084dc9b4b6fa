import { isSafeHref, normalizeBlocks } from './normalize-blocks';

describe('isSafeHref', () => {
  it.each([
    'https://example.org/a',
    'http://example.org',
    '/articles/a',
    '#references',
    'mailto:editor@skinfacts.example',
  ])('allows %s', (url) => expect(isSafeHref(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'data:text/html,x',
    '//evil.example',
    '/\\evil.example',
    'articles/a',
    'mailto:x',
    '/a b',
    'vbscript:x',
  ])('refuses %s', (url) => expect(isSafeHref(url)).toBe(false));
});

describe('normalizeBlocks', () => {
  const heading = (level: unknown) => ({ type: 'heading', level, children: [{ type: 'text', text: 'H' }] });

  it('shifts every heading by the same amount so the highest meets the minimum', () => {
    const levels = normalizeBlocks([heading(2), heading(3), heading(3)], { minHeadingLevel: 3 }).map(
      (block) => (block.type === 'heading' ? block.level : null),
    );
    expect(levels).toEqual([3, 4, 4]);
  });

  it('treats a missing or odd level as 2 and caps at 6', () => {
    const levels = normalizeBlocks([heading(undefined), heading(2.5), heading(6)], {
      minHeadingLevel: 3,
    }).map((block) => (block.type === 'heading' ? block.level : null));
    expect(levels).toEqual([3, 3, 6]);
  });

  it('keeps only known text marks and makes a missing text empty', () => {
    const [block] = normalizeBlocks(
      [
        {
          type: 'paragraph',
          children: [{ type: 'text', text: 'a', bold: true, sparkle: true }, { type: 'text' }],
        },
      ],
      { minHeadingLevel: 2 },
    );
    expect(block).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'a', bold: true },
        { type: 'text', text: '' },
      ],
    });
  });

  it('flattens a link nested in a link and resolves image urls', () => {
    const blocks = normalizeBlocks(
      [
        {
          type: 'paragraph',
          children: [
            {
              type: 'link',
              url: 'https://a.example',
              children: [{ type: 'link', url: 'https://b.example', children: [{ type: 'text', text: 'b' }] }],
            },
          ],
        },
        { type: 'image', image: { url: '/uploads/a.png', width: 10, height: 5 }, children: [] },
      ],
      { minHeadingLevel: 2, resolveMediaUrl: (url) => `https://cms.example${url}` },
    );
    expect(blocks[0]).toEqual({
      type: 'paragraph',
      children: [{ type: 'link', url: 'https://a.example', children: [{ type: 'text', text: 'b' }] }],
    });
    expect(blocks[1]).toMatchObject({
      type: 'image',
      image: { url: 'https://cms.example/uploads/a.png', width: 10 },
    });
  });

  it('drops an image whose url is not http(s) or a site path', () => {
    const blocks = normalizeBlocks([{ type: 'image', image: { url: 'javascript:alert(1)' }, children: [] }], {
      minHeadingLevel: 2,
    });
    expect(blocks).toEqual([]);
  });
});

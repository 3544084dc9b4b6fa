import { countBlockWords, readingMinutes } from './reading-time';

const text = (value: string) => ({ type: 'text', text: value });

describe('countBlockWords', () => {
  it('counts words across paragraphs, headings, nested lists and links', () => {
    const blocks = [
      { type: 'heading', level: 2, children: [text('How it works')] },
      {
        type: 'paragraph',
        children: [
          text('Fine needles '),
          { type: 'link', url: 'https://x', children: [text('make tiny')] },
          text(' wounds.'),
        ],
      },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('one two')] }] },
    ];
    expect(countBlockWords(blocks)).toBe(10);
  });

  it('joins inline runs inside a word', () => {
    expect(countBlockWords([{ type: 'paragraph', children: [text('micro'), text('needling is')] }])).toBe(2);
  });

  it('is 0 for empty or non-block values', () => {
    expect(countBlockWords([])).toBe(0);
    expect(countBlockWords(null)).toBe(0);
    expect(countBlockWords('a string')).toBe(0);
    expect(countBlockWords([{ type: 'image', image: { url: '/x.png' }, children: [text('')] }])).toBe(0);
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 0],
    [1, 1],
    [220, 1],
    [330, 2],
    [1100, 5],
  ])('%i words take %i minutes', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});

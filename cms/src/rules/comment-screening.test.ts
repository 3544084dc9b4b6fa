import { countLinks, parseWordList, screenComment, type ScreeningSettings } from './comment-screening';

const settings: ScreeningSettings = {
  autoApprove: false,
  maxLinks: 2,
  moderationWords: ['guarantee'],
  disallowedWords: ['casino', 'cheap pills'],
};
const comment = (body: string, extra: Partial<{ authorName: string; authorUrl: string }> = {}) => ({
  authorName: 'Ada',
  authorEmail: 'ada@example.org',
  body,
  ...extra,
});

describe('parseWordList', () => {
  it('takes one entry per line or comma, trimmed, lower-cased and unique', () => {
    expect(parseWordList(' Casino \n\ncheap pills, CASINO,')).toEqual(['casino', 'cheap pills']);
  });
});

describe('countLinks', () => {
  it('counts http(s) and www. links', () => {
    expect(countLinks('see http://a.example, https://b.example/x and www.c.example; not ftp://d')).toBe(3);
  });
});

describe('screenComment', () => {
  it('passes an ordinary question', () => {
    expect(screenComment(comment('How long does the redness last after a session?'), settings)).toEqual({
      verdict: 'clean',
      reasons: [],
    });
  });

  it('matches whole words only, in any field', () => {
    expect(screenComment(comment('The casinos near me'), settings).verdict).toBe('clean');
    expect(screenComment(comment('Hello', { authorUrl: 'https://casino.example' }), settings).verdict).toBe(
      'spam',
    );
    expect(screenComment(comment('Buy CHEAP PILLS now'), settings).verdict).toBe('spam');
  });

  it('lets spam win over holds', () => {
    const result = screenComment(
      comment('casino https://a.example https://b.example https://c.example'),
      settings,
    );
    expect(result).toEqual({ verdict: 'spam', reasons: ['disallowed word "casino"'] });
  });

  it.each([
    ['2 links are fine', 'https://a.example and https://b.example', 'clean'],
    ['a dose with a decimal', 'I use 0.05% cream', 'hold'],
    ['units', 'It was 20 units', 'hold'],
    ['a plain number', 'I waited 3 weeks', 'clean'],
    ['a year is not a phone number', 'Back in 2024 I tried it', 'clean'],
  ])('%s', (_, body, verdict) => {
    expect(screenComment(comment(body), settings).verdict).toBe(verdict);
  });
});

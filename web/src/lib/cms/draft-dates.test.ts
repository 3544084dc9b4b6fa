import { withDraftDates } from './draft-dates';

const NOW = '2026-01-01T00:00:00.000Z';

describe('withDraftDates', () => {
  it('dates a draft and its populated drafts by their last save', () => {
    const draft = {
      data: {
        title: 'A draft',
        publishedAt: null,
        updatedAt: '2025-05-01T08:00:00.000Z',
        articles: [{ slug: 'x', publishedAt: null }],
        author: { name: 'A', publishedAt: '2024-01-01T00:00:00.000Z' },
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'publishedAt' }] }],
      },
      meta: {},
    };
    expect(withDraftDates(draft, NOW)).toEqual({
      data: {
        ...draft.data,
        publishedAt: '2025-05-01T08:00:00.000Z',
        articles: [{ slug: 'x', publishedAt: NOW }],
      },
      meta: {},
    });
  });

  it('leaves everything else alone', () => {
    expect(withDraftDates({ data: null }, NOW)).toEqual({ data: null });
    expect(withDraftDates([1, 'a', null], NOW)).toEqual([1, 'a', null]);
    expect(withDraftDates({ publishedAt: undefined }, NOW)).toEqual({ publishedAt: undefined });
  });
});

import { buildThreads } from './threading';

const c = (documentId: string, minute: number, parentDocumentId?: string) => ({
  documentId,
  createdAt: `2026-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`,
  parentDocumentId,
});

describe('buildThreads', () => {
  it('orders oldest first and nests replies', () => {
    const roots = buildThreads([c('b', 2), c('a', 1), c('r', 3, 'a')]);
    expect(roots.map((n) => n.comment.documentId)).toEqual(['a', 'b']);
    expect(roots[0]?.replies.map((n) => [n.comment.documentId, n.depth])).toEqual([['r', 2]]);
  });

  it('attaches replies deeper than 3 to the depth-3 ancestor', () => {
    const roots = buildThreads([
      c('a', 1),
      c('b', 2, 'a'),
      c('d3', 3, 'b'),
      c('d4', 4, 'd3'),
      c('d5', 5, 'd4'),
    ]);
    const d3 = roots[0]?.replies[0]?.replies[0];
    expect(d3?.comment.documentId).toBe('d3');
    expect(d3?.depth).toBe(3);
    expect(d3?.replies.map((n) => [n.comment.documentId, n.depth])).toEqual([
      ['d4', 4],
      ['d5', 4],
    ]);
  });

  it('puts replies to unknown parents at the top level', () => {
    expect(buildThreads([c('x', 1, 'missing')]).map((n) => n.depth)).toEqual([1]);
  });
});

import { MAX_QUERY_LENGTH, normalizeQuery } from './search-query';

describe('normalizeQuery', () => {
  it('trims, collapses whitespace, takes the first of repeated values and caps the length', () => {
    expect(normalizeQuery('  skin   needling \n')).toBe('skin needling');
    expect(normalizeQuery(['retinol', 'other'])).toBe('retinol');
    expect(normalizeQuery(undefined)).toBe('');
    expect(normalizeQuery([])).toBe('');
    expect(normalizeQuery('x'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

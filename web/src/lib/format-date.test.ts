import { formatDate } from './format-date';

describe('formatDate', () => {
  it('formats ISO timestamps and dates in UTC', () => {
    expect(formatDate('2025-05-01T23:30:00.000Z')).toBe('1 May 2025');
    expect(formatDate('2025-05-01T00:30:00.000+02:00')).toBe('30 April 2025');
    expect(formatDate('2025-12-24')).toBe('24 December 2025');
  });

  it('returns an empty string for nonsense', () => {
    expect(formatDate('soon')).toBe('');
  });
});

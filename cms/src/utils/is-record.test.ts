import { isRecord } from './is-record';

describe('isRecord', () => {
  it('is true for plain objects', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord({ data: 1 })).toBe(true);
  });

  it.each([null, undefined, [], 'text', 1, true])('is false for %j', (value) => {
    expect(isRecord(value)).toBe(false);
  });
});

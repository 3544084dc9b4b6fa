/** @jest-environment node */
import { bearerMatches } from './bearer';

describe('bearerMatches', () => {
  it('accepts the configured secret as a bearer token', () => {
    expect(bearerMatches('Bearer s3cret', 's3cret')).toBe(true);
    expect(bearerMatches('bearer  s3cret', 's3cret')).toBe(true);
  });

  it.each([
    [null, 's3cret'],
    ['', 's3cret'],
    ['s3cret', 's3cret'],
    ['Bearer s3cre', 's3cret'],
    ['Bearer s3cret2', 's3cret'],
    ['Basic s3cret', 's3cret'],
    ['Bearer s3cret', undefined],
    ['Bearer ', ''],
  ])('refuses %j when the secret is %j', (header, secret) => {
    expect(bearerMatches(header, secret)).toBe(false);
  });
});

import { checkFormToken, FORM_TOKEN_MAX_AGE_MS, issueFormToken } from './form-token';

describe('form tokens', () => {
  it('tell how long ago the form was issued', () => {
    const token = issueFormToken('secret', 1_000);
    expect(checkFormToken(token, 'secret', 4_500)).toEqual({ valid: true, elapsedMs: 3_500 });
  });

  it.each([
    ['another secret', issueFormToken('other', 1_000), 2_000, 'malformed'],
    ['a changed time', issueFormToken('secret', 1_000).replace(/^1000/, '999'), 2_000, 'malformed'],
    ['garbage', 'not-a-token', 2_000, 'malformed'],
    ['a future time', issueFormToken('secret', 5_000), 2_000, 'expired'],
    ['an old token', issueFormToken('secret', 0), FORM_TOKEN_MAX_AGE_MS + 1, 'expired'],
  ])('refuse %s', (_, token, now, problem) => {
    expect(checkFormToken(token, 'secret', now)).toEqual({ valid: false, problem });
  });
});

import { checkFormToken, FORM_TOKEN_MAX_AGE_MS, issueFormToken } from './form-token';

const ARTICLE = 'article1';

describe('form tokens', () => {
  it('name their article and tell how long ago the form was issued', () => {
    const token = issueFormToken('secret', ARTICLE, 1_000, 'nonce1');
    expect(token.split('.').slice(0, 3)).toEqual(['1000', ARTICLE, 'nonce1']);
    expect(checkFormToken(token, 'secret', { article: ARTICLE, now: 4_500 })).toEqual({
      valid: true,
      elapsedMs: 3_500,
      nonce: 'nonce1',
    });
  });

  it('carry a fresh random nonce of at least 16 bytes each time', () => {
    const nonces = Array.from({ length: 50 }, () => issueFormToken('secret', ARTICLE).split('.')[2] ?? '');
    expect(new Set(nonces).size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64url').length).toBeGreaterThanOrEqual(16);
  });

  const issued = issueFormToken('secret', ARTICLE, 1_000, 'nonce1');
  it.each([
    ['another secret', issueFormToken('other', ARTICLE, 1_000), 2_000, 'malformed'],
    ['a changed time', issued.replace(/^1000/, '999'), 2_000, 'malformed'],
    ['a changed article', issued.replace(`.${ARTICLE}.`, '.article2.'), 2_000, 'malformed'],
    ['a changed nonce', issued.replace('.nonce1.', '.nonce2.'), 2_000, 'malformed'],
    ['the old two-part format', `1000.${issued.split('.')[3]}`, 2_000, 'malformed'],
    ['an extra part', `${issued}.more`, 2_000, 'malformed'],
    ['garbage', 'not-a-token', 2_000, 'malformed'],
    ['a future time', issueFormToken('secret', ARTICLE, 5_000), 2_000, 'expired'],
    ['an old token', issueFormToken('secret', ARTICLE, 0), FORM_TOKEN_MAX_AGE_MS + 1, 'expired'],
    ['a token for another article', issueFormToken('secret', 'article2', 1_000), 2_000, 'other-article'],
  ])('refuse %s', (_, token, now, problem) => {
    expect(checkFormToken(token, 'secret', { article: ARTICLE, now })).toEqual({ valid: false, problem });
  });
});

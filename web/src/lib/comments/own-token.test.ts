import { signOwnToken, verifyOwnToken } from './own-token';

describe('own-comment tokens', () => {
  it('verifies a token for the same document and secret only', () => {
    const token = signOwnToken('secret-a', 'abc123');
    expect(verifyOwnToken('secret-a', 'abc123', token)).toBe(true);
    expect(verifyOwnToken('secret-a', 'abc124', token)).toBe(false);
    expect(verifyOwnToken('secret-b', 'abc123', token)).toBe(false);
    expect(verifyOwnToken('secret-a', 'abc123', '')).toBe(false);
  });
});

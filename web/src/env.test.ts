/** @jest-environment node */
import { parseServerEnv } from './env';

describe('parseServerEnv', () => {
  it('applies defaults', () => {
    expect(parseServerEnv({})).toEqual({
      CMS_URL: 'http://127.0.0.1:1337',
      SITE_URL: 'http://localhost:3000',
      CMS_TIMEOUT_MS: 3000,
    });
  });

  it('treats empty values as unset, coerces the timeout and trims a trailing slash', () => {
    const env = parseServerEnv({
      CMS_URL: 'https://cms.example.com/',
      CMS_PREVIEW_TOKEN: '',
      REVALIDATE_SECRET: 's3cret',
      CMS_TIMEOUT_MS: '1500',
    });
    expect(env).toMatchObject({ CMS_URL: 'https://cms.example.com', CMS_TIMEOUT_MS: 1500 });
    expect(env.CMS_PREVIEW_TOKEN).toBeUndefined();
    expect(env.REVALIDATE_SECRET).toBe('s3cret');
  });

  it.each([
    { CMS_URL: 'not a url' },
    { SITE_URL: 'ftp://example.com' },
    { CMS_TIMEOUT_MS: '-5' },
    { CMS_TIMEOUT_MS: 'soon' },
  ])('rejects %j with a readable error', (source) => {
    expect(() => parseServerEnv(source)).toThrow(/Invalid server environment/);
  });
});

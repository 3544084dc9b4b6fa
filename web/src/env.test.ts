/** @jest-environment node */
import { parseServerEnv } from './env';

describe('parseServerEnv', () => {
  it('applies defaults', () => {
    expect(parseServerEnv({})).toEqual({
      CMS_URL: 'http://127.0.0.1:1337',
      SITE_URL: 'http://localhost:3000',
      CMS_TIMEOUT_MS: 3000,
      EDGE_PURGE_URLS: [],
      REDIS_KEY_PREFIX: 'skinfacts:',
      OIDC_NAME: 'OpenID Connect',
      AVATAR_ALLOWED_PRIVATE_ADDRESSES: [],
    });
  });

  it('reads the edges to purge as a list of base URLs, and the shared Redis', () => {
    const env = parseServerEnv({
      EDGE_PURGE_URLS: 'http://127.0.0.1:3000/, http://edge-b:6081',
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: 'site-a:',
    });
    expect(env.EDGE_PURGE_URLS).toEqual(['http://127.0.0.1:3000', 'http://edge-b:6081']);
    expect(env).toMatchObject({ REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: 'site-a:' });
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
    { EDGE_PURGE_URLS: 'http://edge,varnish' },
    { REDIS_URL: 'http://127.0.0.1:6379' },
  ])('rejects %j with a readable error', (source) => {
    expect(() => parseServerEnv(source)).toThrow(/Invalid server environment/);
  });
});

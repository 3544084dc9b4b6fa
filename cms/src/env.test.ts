import { cmsEnv, parseCmsEnv } from './env';

const PRODUCTION = {
  NODE_ENV: 'production',
  APP_KEYS: 'k1,k2',
  COMMENT_IP_SALT: 'salt',
  EMAIL_LINK_SECRET: 'links',
};

describe('parseCmsEnv', () => {
  it('keeps the development defaults when nothing is set', () => {
    expect(parseCmsEnv({})).toMatchObject({
      NODE_ENV: 'development',
      APP_KEYS: [],
      COMMENT_IP_SALT: '',
      REVALIDATE_TIMEOUT_MS: 3000,
      REVALIDATE_RETRY_DELAYS_MS: [1000, 5000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000],
      OUTBOX_POLL_INTERVAL_MS: 1000,
      OUTBOX_LEASE_MS: 30_000,
      OUTBOX_KEEP_SENT_DAYS: 7,
      OUTBOX_CONCURRENCY: 8,
    });
    expect(parseCmsEnv({ OUTBOX_CONCURRENCY: '32' }).OUTBOX_CONCURRENCY).toBe(32);
    expect(() => parseCmsEnv({ OUTBOX_CONCURRENCY: '0' })).toThrow(
      /OUTBOX_CONCURRENCY must be a positive integer/,
    );
    expect(parseCmsEnv({}).WEB_TO_CMS_SECRET).toBeUndefined();
    expect(parseCmsEnv({ NODE_ENV: 'test' }).COMMENT_IP_SALT).toBe('');
  });

  it('trims values and counts empty ones as unset', () => {
    const env = parseCmsEnv({ WEB_TO_CMS_SECRET: '  s  ', CMS_PREVIEW_TOKEN: '', APP_KEYS: 'a, b,' });
    expect(env.WEB_TO_CMS_SECRET).toBe('s');
    expect(env.CMS_PREVIEW_TOKEN).toBeUndefined();
    expect(env.APP_KEYS).toEqual(['a', 'b']);
  });

  it('starts in production with every secret set', () => {
    expect(parseCmsEnv(PRODUCTION)).toMatchObject({
      APP_KEYS: ['k1', 'k2'],
      COMMENT_IP_SALT: 'salt',
      EMAIL_LINK_SECRET: 'links',
    });
  });

  it.each(['COMMENT_IP_SALT', 'APP_KEYS', 'EMAIL_LINK_SECRET'])(
    'refuses to start in production without %s, naming it and where to set it',
    (name) => {
      for (const missing of [undefined, '', '  ']) {
        expect(() => parseCmsEnv({ ...PRODUCTION, [name]: missing })).toThrow(
          new RegExp(
            `${name} is not set; in production it is required[\\s\\S]*Set it in cms/\\.env[\\s\\S]*cms/\\.env\\.example`,
          ),
        );
      }
    },
  );

  it('names every missing secret at once', () => {
    expect(() => parseCmsEnv({ NODE_ENV: 'production' })).toThrow(
      /APP_KEYS is not set[\s\S]*COMMENT_IP_SALT is not set[\s\S]*EMAIL_LINK_SECRET is not set/,
    );
  });

  it('reads the revalidation settings, and refuses a WEB_URL without its secret or that is not http(s)', () => {
    expect(
      parseCmsEnv({
        WEB_URL: 'http://site.test',
        REVALIDATE_SECRET: 'r',
        REVALIDATE_TIMEOUT_MS: '2000',
        REVALIDATE_RETRY_DELAYS_MS: '50, 100',
      }),
    ).toMatchObject({
      WEB_URL: 'http://site.test',
      REVALIDATE_TIMEOUT_MS: 2000,
      REVALIDATE_RETRY_DELAYS_MS: [50, 100],
    });
    expect(parseCmsEnv({ REVALIDATE_RETRY_DELAYS_MS: 'none' }).REVALIDATE_RETRY_DELAYS_MS).toEqual([]);
    expect(() => parseCmsEnv({ WEB_URL: 'http://site.test' })).toThrow(/REVALIDATE_SECRET is not/);
    expect(() => parseCmsEnv({ OUTBOX_LEASE_MS: '3000' })).toThrow(
      /OUTBOX_LEASE_MS \(3000\) must be longer than REVALIDATE_TIMEOUT_MS \(3000\)/,
    );
    expect(() => parseCmsEnv({ WEB_URL: 'site.test', REVALIDATE_SECRET: 'r' })).toThrow(
      /WEB_URL must be an http\(s\) URL/,
    );
    expect(() => parseCmsEnv({ REVALIDATE_TIMEOUT_MS: '0' })).toThrow(
      /REVALIDATE_TIMEOUT_MS must be a positive integer/,
    );
    expect(() => parseCmsEnv({ REVALIDATE_TIMEOUT_MS: 'soon' })).toThrow(
      /REVALIDATE_TIMEOUT_MS must be a positive integer/,
    );
    expect(() => parseCmsEnv({ REVALIDATE_RETRY_DELAYS_MS: '50,x' })).toThrow(
      /REVALIDATE_RETRY_DELAYS_MS must be/,
    );
  });
});

describe('the Redis settings', () => {
  it('are off by default, with the skinfacts: key prefix', () => {
    expect(parseCmsEnv({}).REDIS_URL).toBeUndefined();
    expect(parseCmsEnv({}).REDIS_KEY_PREFIX).toBe('skinfacts:');
  });

  it('take a redis:// or rediss:// URL and a prefix of their own', () => {
    const env = parseCmsEnv({ REDIS_URL: 'redis://127.0.0.1:6379/2', REDIS_KEY_PREFIX: 'test-1:' });
    expect(env).toMatchObject({ REDIS_URL: 'redis://127.0.0.1:6379/2', REDIS_KEY_PREFIX: 'test-1:' });
    expect(parseCmsEnv({ REDIS_URL: 'rediss://user:pw@cache.example:6380' }).REDIS_URL).toMatch(/^rediss:/);
  });

  it.each(['127.0.0.1:6379', 'http://127.0.0.1:6379', 'redis://'])(
    'refuse REDIS_URL=%s, naming it',
    (url) => {
      expect(() => parseCmsEnv({ REDIS_URL: url })).toThrow(
        /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/,
      );
    },
  );
});

describe('cmsEnv', () => {
  it('sees a variable changed after an earlier read', () => {
    const source: Record<string, string | undefined> = { CMS_PREVIEW_TOKEN: 'first' };
    expect(cmsEnv(source).CMS_PREVIEW_TOKEN).toBe('first');
    expect(cmsEnv(source)).toBe(cmsEnv(source));
    source.CMS_PREVIEW_TOKEN = 'second';
    expect(cmsEnv(source).CMS_PREVIEW_TOKEN).toBe('second');
  });
});

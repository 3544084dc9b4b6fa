import { stackConfig } from './stack-config';

describe('stackConfig', () => {
  it('uses cms/.env PORT and 3000 by default, and always pins the CMS port', () => {
    const config = stackConfig('production', { PORT: '1337' }, { PORT: '8080', PATH: '/bin' });
    expect(config.cmsPort).toBe(1337);
    expect(config.webPort).toBe(3000);
    expect(config.cmsEnv.PORT).toBe('1337');
    expect(config.cmsEnv.NODE_ENV).toBe('production');
    expect(config.webEnv.PORT).toBeUndefined();
    expect(config.webEnv.PATH).toBe('/bin');
    expect(config.webEnv.CMS_URL).toBeUndefined();
  });

  it('follows CMS_PORT and WEB_PORT overrides in the URLs the apps use', () => {
    const config = stackConfig('development', { PORT: '1337' }, { CMS_PORT: '4337', WEB_PORT: '4000' });
    expect(config.cmsPort).toBe(4337);
    expect(config.webPort).toBe(4000);
    expect(config.cmsEnv.PORT).toBe('4337');
    expect(config.webEnv.CMS_URL).toBe('http://127.0.0.1:4337');
    expect(config.webEnv.CMS_PUBLIC_URL).toBe('http://localhost:4337');
    expect(config.cmsEnv.WEB_URL).toBe('http://localhost:4000');
    expect(config.webEnv.SITE_URL).toBe('http://localhost:4000');
    expect(config.webEnv.NODE_ENV).toBe('development');
  });

  it('rejects a port that is not a number', () => {
    expect(() => stackConfig('production', {}, { WEB_PORT: 'abc' })).toThrow(/WEB_PORT/);
  });
});

import { haproxyConfig } from './haproxy-config';

describe('haproxyConfig', () => {
  it('balances over every CMS instance, each checked on /_health expecting 204', () => {
    const config = haproxyConfig({ host: '127.0.0.1', port: 1337 }, [
      { host: '127.0.0.1', port: 1338 },
      { host: '::1', port: 1339 },
    ]);
    expect(config).toContain('bind 127.0.0.1:1337');
    expect(config).toContain('option httpchk GET /_health');
    expect(config).toContain('http-check expect status 204');
    expect(config).toContain('server cms_1 127.0.0.1:1338 check inter 1s fall 2 rise 2');
    expect(config).toContain('server cms_2 [::1]:1339 check');
    expect(config).toContain('option redispatch');
    expect(config).toContain('option forwardfor');
  });

  it('needs at least one instance', () => {
    expect(() => haproxyConfig({ host: '127.0.0.1', port: 1337 }, [])).toThrow('at least one CMS instance');
  });
});

import { edgeVcl } from './varnish-config';

describe('edgeVcl', () => {
  const sites = [
    { host: '127.0.0.1', port: 3001 },
    { host: 'web-b', port: 3000 },
  ];

  it('declares one probed backend per site instance and puts each in the director', () => {
    const vcl = edgeVcl(sites);
    expect(vcl).toContain(
      'backend site_1 {\n    .host = "127.0.0.1";\n    .port = "3001";\n    .probe = site_health;',
    );
    expect(vcl).toContain('backend site_2 {\n    .host = "web-b";\n    .port = "3000";');
    expect(vcl).toContain('site.add_backend(site_1);\n    site.add_backend(site_2);');
    expect(vcl).toContain('.url = "/api/health";');
  });

  it('lets only the listed addresses purge, the machine itself by default', () => {
    expect(edgeVcl(sites)).toContain('acl purgers { "127.0.0.1"; "::1"; }');
    expect(edgeVcl(sites, ['10.0.0.0/8', '192.168.1.5'])).toContain(
      'acl purgers { "10.0.0.0"/8; "192.168.1.5"; }',
    );
  });

  it('refuses what would break out of the generated file', () => {
    expect(() => edgeVcl([{ host: 'a"; }', port: 1 }])).toThrow('Not a plain host name');
    expect(() => edgeVcl(sites, ['any'])).toThrow('Not an IP address or CIDR range: "any"');
    expect(() => edgeVcl([{ host: 'web', port: 70_000 }])).toThrow('Not a TCP port');
    expect(() => edgeVcl([])).toThrow('at least one site instance');
  });
});

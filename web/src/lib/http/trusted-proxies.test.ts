/** @jest-environment node */
import { addressOfHop, canonicalIp } from './ip-address';
import { parseTrustedProxies, visitorAddress } from './trusted-proxies';

const docker = parseTrustedProxies('172.16.0.0/12');
const mixed = parseTrustedProxies(' 10.0.0.0/8 , 192.0.2.7, fd00::/8, ::1 ');
const nobody = parseTrustedProxies('');

describe('parseTrustedProxies', () => {
  it.each([
    ['10.255.0.1', true],
    ['11.0.0.1', false],
    ['192.0.2.7', true],
    ['192.0.2.8', false],
    ['fd12:3456::1', true],
    ['fe80::1', false],
    ['::1', true],
    ['::2', false],
  ])('matches %s: %s', (address, expected) => {
    expect(mixed.trusts(address)).toBe(expected);
  });

  it('trusts nobody when empty or unset', () => {
    expect(nobody.trusts('127.0.0.1')).toBe(false);
    expect(parseTrustedProxies(undefined).trusts('::1')).toBe(false);
  });

  it.each(['10.0.0.0/33', 'fd00::/129', 'proxy.internal', '10.0.0.0/8/1', '10.0.0.0/x', '10.0.0'])(
    'refuses %j, naming the variable',
    (entry) => {
      expect(() => parseTrustedProxies(entry)).toThrow(
        /TRUSTED_PROXIES: ".*" is not an IP address or CIDR range/,
      );
    },
  );
});

describe('canonicalIp and addressOfHop', () => {
  it('turns IPv4-mapped IPv6 into IPv4 and lower-cases IPv6', () => {
    expect(canonicalIp('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(canonicalIp('::FFFF:203.0.113.7')).toBe('203.0.113.7');
    expect(canonicalIp('2001:DB8::1')).toBe('2001:db8::1');
    expect(canonicalIp('unknown')).toBeNull();
  });

  it('reads hops written with a port, and nothing that is not an address', () => {
    expect(addressOfHop(' 198.51.100.2:5123 ')).toBe('198.51.100.2');
    expect(addressOfHop('[2001:db8::1]:443')).toBe('2001:db8::1');
    expect(addressOfHop('[2001:db8::1]')).toBe('2001:db8::1');
    expect(addressOfHop('[198.51.100.2]')).toBeNull();
    expect(addressOfHop('_hidden')).toBeNull();
    expect(addressOfHop('')).toBeNull();
  });
});

describe('visitorAddress', () => {
  it('takes the connection’s address when the peer is no trusted proxy, whatever the headers say', () => {
    const hops = { socketAddress: '198.51.100.4', forwardedFor: '203.0.113.9', realIp: '203.0.113.10' };
    expect(visitorAddress(hops, docker)).toBe('198.51.100.4');
    expect(visitorAddress({ ...hops, socketAddress: '172.18.0.3' }, nobody)).toBe('172.18.0.3');
  });

  it('walks X-Forwarded-For from the right past trusted proxies (edge cache → proxy → site)', () => {
    const hops = {
      socketAddress: '10.0.0.2',
      forwardedFor: '6.6.6.6, 203.0.113.9, 10.0.0.1',
      realIp: undefined,
    };
    expect(visitorAddress(hops, mixed)).toBe('203.0.113.9');
  });

  it('stops at the first untrusted hop even when it is a private address a client made up', () => {
    const hops = { socketAddress: '10.0.0.2', forwardedFor: '10.9.9.9, 198.51.100.1', realIp: undefined };
    expect(visitorAddress(hops, mixed)).toBe('198.51.100.1');
  });

  it('takes the leftmost entry when every hop is trusted', () => {
    const hops = { socketAddress: '10.0.0.2', forwardedFor: '10.0.0.8, 10.0.0.7', realIp: undefined };
    expect(visitorAddress(hops, mixed)).toBe('10.0.0.8');
  });

  it('handles an IPv4 peer reported as IPv4-mapped IPv6, and IPv6 visitors', () => {
    const hops = { socketAddress: '::ffff:172.20.0.5', forwardedFor: '2001:DB8::7', realIp: undefined };
    expect(visitorAddress(hops, docker)).toBe('2001:db8::7');
    const local = { socketAddress: '::1', forwardedFor: '[2001:db8::8]:1234', realIp: undefined };
    expect(visitorAddress(local, mixed)).toBe('2001:db8::8');
    expect(visitorAddress({ ...local, socketAddress: '::ffff:198.51.100.3' }, mixed)).toBe('198.51.100.3');
  });

  it('believes X-Real-IP from a trusted proxy that sends no X-Forwarded-For', () => {
    const hops = { socketAddress: '172.16.0.9', forwardedFor: undefined, realIp: '203.0.113.20' };
    expect(visitorAddress(hops, docker)).toBe('203.0.113.20');
    expect(visitorAddress({ ...hops, realIp: 'garbage' }, docker)).toBe('172.16.0.9');
  });

  it('ends the walk at the proxy that passed on an unreadable entry', () => {
    const hops = { socketAddress: '172.16.0.9', forwardedFor: '203.0.113.1, unknown', realIp: undefined };
    expect(visitorAddress(hops, docker)).toBe('172.16.0.9');
  });

  it('is the proxy itself when a trusted proxy forwards nothing', () => {
    expect(
      visitorAddress({ socketAddress: '172.16.0.9', forwardedFor: ' , ', realIp: undefined }, docker),
    ).toBe('172.16.0.9');
  });

  it('is null only when the connection has no address', () => {
    expect(
      visitorAddress({ socketAddress: undefined, forwardedFor: '1.2.3.4', realIp: undefined }, docker),
    ).toBeNull();
  });
});

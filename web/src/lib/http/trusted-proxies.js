// @ts-check
'use strict';

const { BlockList } = require('node:net');
const { addressOfHop, canonicalIp, familyOf } = require('./ip-address');

/**
 * @typedef {object} TrustedProxies
 * @property {(address: string) => boolean} trusts whether a canonical address is one of the proxies
 * @property {readonly string[]} entries the configured entries, for messages
 */

/**
 * TRUSTED_PROXIES: comma-separated addresses and CIDR ranges (`10.0.0.0/8, 172.16.0.0/12, ::1`). Empty or
 * unset trusts nobody, so forwarding headers are ignored and the connection's address counts.
 * @param {string | undefined} text
 * @returns {TrustedProxies}
 */
function parseTrustedProxies(text) {
  const list = new BlockList();
  const entries = (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [addressText = '', prefixText, ...extra] = entry.split('/');
    const address = canonicalIp(addressText);
    const family = address ? familyOf(address) : undefined;
    const maxPrefix = family === 'ipv6' ? 128 : 32;
    const prefix = prefixText === undefined ? maxPrefix : Number(prefixText);
    if (!address || !family || extra.length > 0 || !/^\d{1,3}$/.test(String(prefix)) || prefix > maxPrefix) {
      throw new Error(
        `TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.5, 172.16.0.0/12, fd00::/8).`,
      );
    }
    list.addSubnet(address, prefix, family);
  }
  return {
    trusts: (address) => list.check(address, familyOf(address)),
    entries,
  };
}

/**
 * @typedef {object} Hops
 * @property {string | undefined} socketAddress the connection's peer
 * @property {string | undefined} forwardedFor X-Forwarded-For, as received (several headers joined with commas)
 * @property {string | undefined} realIp X-Real-IP, as received
 */

/**
 * The visitor's address. The connection's peer counts unless it is a trusted proxy; then X-Forwarded-For is
 * walked from the right (each entry was written by the hop to its right), past every trusted proxy, and the
 * first address that is not one is the visitor. Entries further left are whatever the client claimed. A
 * trusted proxy that sends only X-Real-IP is believed for that. An unreadable entry ends the walk at the
 * last proxy that passed it on. Null only when the socket has no address (it closed).
 * @param {Hops} hops
 * @param {TrustedProxies} trusted
 * @returns {string | null}
 */
function visitorAddress({ socketAddress, forwardedFor, realIp }, trusted) {
  let current = socketAddress ? canonicalIp(socketAddress) : null;
  if (!current || !trusted.trusts(current)) return current;
  const entries = (forwardedFor ?? '').split(',').filter((entry) => entry.trim() !== '');
  if (entries.length === 0) {
    const real = realIp ? addressOfHop(realIp) : null;
    return real ?? current;
  }
  while (entries.length > 0 && trusted.trusts(current)) {
    const next = addressOfHop(entries.pop() ?? '');
    if (!next) return current;
    current = next;
  }
  return current;
}

module.exports = { parseTrustedProxies, visitorAddress };

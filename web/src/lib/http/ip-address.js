// @ts-check
'use strict';

const { isIP } = require('node:net');

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * An address as one canonical string, or null when it is not an IP address. IPv4-mapped IPv6
 * (`::ffff:203.0.113.7`, what a dual-stack socket reports for an IPv4 peer) becomes plain IPv4, so a rule
 * written for `203.0.113.0/24` matches the peer however the socket names it.
 * @param {string} text
 * @returns {string | null}
 */
function canonicalIp(text) {
  const address = text.trim();
  const mapped = IPV4_MAPPED.exec(address);
  if (mapped?.[1] && isIP(mapped[1]) === 4) return mapped[1];
  if (isIP(address) === 4) return address;
  if (isIP(address) === 6) return address.toLowerCase();
  return null;
}

/**
 * The address in one X-Forwarded-For entry or X-Real-IP value: bare (`198.51.100.2`, `2001:db8::1`), or with
 * a port as some proxies write it (`198.51.100.2:5123`, `[2001:db8::1]:5123`). Null for anything else.
 * @param {string} entry
 * @returns {string | null}
 */
function addressOfHop(entry) {
  const text = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed?.[1]) return isIP(bracketed[1]) === 6 ? canonicalIp(bracketed[1]) : null;
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(text);
  if (withPort?.[1]) return canonicalIp(withPort[1]);
  return canonicalIp(text);
}

/** @param {string} address a canonical address from canonicalIp */
const familyOf = (address) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');

module.exports = { canonicalIp, addressOfHop, familyOf };

import 'server-only';
import { lookup as dnsLookup } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type BlockList, type LookupFunction } from 'node:net';
import { mayConnectTo } from './public-address';

type GetOptions = { headers: Record<string, string>; signal: AbortSignal; allowed: BlockList };

export class PrivateAddressError extends Error {}

/**
 * Resolves like the system does, but refuses a name with any address this server may not connect to. The
 * connection then uses the address checked here, so a name cannot resolve to a public address for the
 * check and a private one for the connection.
 */
function publicOnlyLookup(allowed: BlockList): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find(({ address }) => !mayConnectTo(address, allowed));
      const first = addresses[0];
      if (refused || !first) {
        return callback(new PrivateAddressError(`${hostname} is not on the public internet`), '', 0);
      }
      if (options.all) return callback(null, addresses);
      return callback(null, first.address, first.family);
    });
  };
}

/**
 * One GET, redirects not followed, to a public address only (or one the allow-list names): the server-side
 * fetch of an address that came from outside, such as a commenter's picture.
 */
export function guardedGet(url: URL, { headers, signal, allowed }: GetOptions): Promise<IncomingMessage> {
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(literal) && !mayConnectTo(literal, allowed)) {
    return Promise.reject(new PrivateAddressError(`${literal} is not on the public internet`));
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, { headers, signal, lookup: publicOnlyLookup(allowed) }, resolve);
    request.on('error', reject);
  });
}

import { request } from 'node:http';

/**
 * An HTTP request sent from another loopback address (127.0.0.2, …), as from another machine: per-address
 * rules can be tested without trusting any header.
 */
export function requestFrom(
  url: string,
  options: { localAddress: string; method: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, {
      method: options.method,
      headers: options.headers,
      localAddress: options.localAddress,
    });
    outgoing.once('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('end', () =>
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
      );
    });
    outgoing.once('error', reject);
    outgoing.end(options.body);
  });
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the stand-in edge received: each purge's keys, and each page requested through it. */
export type EdgeRecord = { purge?: { hard?: string; soft?: string }; get?: string };

/** The path where tests read (GET) and clear (DELETE) the records; the site never asks for it. */
export const RECORDS_PATH = '/__recorded';

/**
 * A small HTTP server standing in for Varnish (the real one is tested by the cluster tests): answers every
 * `PURGE /` with 200 and every page request with a page, and keeps what it received.
 */
export async function startRecordingEdge(): Promise<{ url: string; close: () => Promise<void> }> {
  let records: EdgeRecord[] = [];
  const server = http.createServer((request, response) => {
    if (request.url === RECORDS_PATH) {
      if (request.method === 'DELETE') records = [];
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(records));
      return;
    }
    const header = (name: string) => [request.headers[name] ?? []].flat().join(',') || undefined;
    if (request.method === 'PURGE') {
      records.push({ purge: { hard: header('xkey-purge'), soft: header('xkey-softpurge') } });
    } else {
      records.push({ get: request.url });
    }
    response.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

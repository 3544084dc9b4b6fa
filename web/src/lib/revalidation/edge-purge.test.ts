/** @jest-environment node */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { purgeEdges } from './edge-purge';

type Seen = { method?: string; url?: string; hard?: string; soft?: string };

/** A recording HTTP server standing in for Varnish: answers `status` to every request. */
async function startEdge(status = 200, delayMs = 0) {
  const seen: Seen[] = [];
  const server = http.createServer((request, response) => {
    seen.push({
      method: request.method,
      url: request.url,
      hard: request.headers['xkey-purge'] as string | undefined,
      soft: request.headers['xkey-softpurge'] as string | undefined,
    });
    setTimeout(() => response.writeHead(status).end(), delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve)));
  return { url, seen, close };
}

const edges: Array<Awaited<ReturnType<typeof startEdge>>> = [];
afterEach(async () => {
  await Promise.all(edges.splice(0).map((edge) => edge.close()));
});
const edge = async (status?: number, delayMs?: number) => {
  const started = await startEdge(status, delayMs);
  edges.push(started);
  return started;
};

describe('purgeEdges', () => {
  it('purges the pages’ own tags hard and the shared tags soft on every edge', async () => {
    const [a, b] = [await edge(), await edge()];
    const tags = { pages: ['article:a', 'article:b'], shared: ['articles'] };
    expect(await purgeEdges([a.url, b.url], tags)).toEqual([]);
    for (const { seen } of [a, b]) {
      expect(seen).toEqual([{ method: 'PURGE', url: '/', hard: 'article:a article:b', soft: 'articles' }]);
    }
  });

  it('sends only the kind of purge a change needs, and nothing when no tag changed', async () => {
    const a = await edge();
    await purgeEdges([a.url], { pages: ['comments:abc123'], shared: [] });
    expect(a.seen).toEqual([{ method: 'PURGE', url: '/', hard: 'comments:abc123', soft: undefined }]);
    await purgeEdges([a.url], { pages: [], shared: [] });
    expect(a.seen).toHaveLength(1);
  });

  it('names each edge that answered otherwise than 200, was too slow or down, after trying them all', async () => {
    const [refusing, slow, fine] = [await edge(405), await edge(200, 1_000), await edge()];
    const down = await startEdge();
    await down.close();
    const failures = await purgeEdges(
      [refusing.url, slow.url, down.url, fine.url],
      {
        pages: ['topic:x'],
        shared: ['topics'],
      },
      200,
    );
    expect(failures).toEqual([
      `${refusing.url} answered 405`,
      expect.stringContaining(`${slow.url} could not be reached`),
      expect.stringContaining(`${down.url} could not be reached`),
    ]);
    expect(fine.seen).toHaveLength(1);
  });
});

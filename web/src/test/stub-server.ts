import http from 'node:http';

export interface StubResponse {
  status?: number;
  body: string;
  headers?: Record<string, string>;
  /** Wait this long before answering (to exercise timeouts). */
  delayMs?: number;
  /** Send the headers and the first half of the body at once, the rest after this long. */
  stallBodyMs?: number;
}

export type StubHandler = (request: http.IncomingMessage) => StubResponse;

export interface StubServer {
  origin: string;
  /** Every request URL (path + query) the server received, in order. */
  requests: string[];
  /** Every request body the server received, in order of their ends. */
  bodies: string[];
  close: () => Promise<void>;
}

/** A real HTTP server on 127.0.0.1 and a free port, standing in for the CMS in tests. */
export async function startStubServer(handle: StubHandler): Promise<StubServer> {
  const requests: string[] = [];
  const bodies: string[] = [];
  const server = http.createServer((request, response) => {
    requests.push(request.url ?? '');
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => bodies.push(Buffer.concat(chunks).toString('utf8')));
    const { status = 200, body, headers = {}, delayMs = 0, stallBodyMs } = handle(request);
    const timers: NodeJS.Timeout[] = [];
    response.on('close', () => timers.forEach(clearTimeout));
    const answer = () => {
      response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      if (stallBodyMs === undefined) return void response.end(body);
      const half = Math.floor(body.length / 2);
      response.write(body.slice(0, half));
      timers.push(setTimeout(() => response.end(body.slice(half)), stallBodyMs));
    };
    timers.push(setTimeout(answer, delayMs));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('stub server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    bodies,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Answers that hold someone's data or a one-off result: no cache — browser, edge or Next — may keep them. */
export const NO_STORE = { 'Cache-Control': 'no-store' } as const;

/** A JSON answer from one of the site's own API routes, never stored; `headers` add to or override no-store. */
export const noStoreJson = (body: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  Response.json(body, { status, headers: { ...NO_STORE, ...headers } });

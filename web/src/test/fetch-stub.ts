/** The URL a stubbed `fetch` was called with, in whichever form the caller passed it. */
export function requestUrl(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

/** The JSON a stubbed `fetch` was sent: undefined without a body; a body that is not a JSON string fails the test. */
export function sentJson(init?: RequestInit): unknown {
  const body = init?.body;
  if (!body) return undefined;
  if (typeof body !== 'string') throw new Error('fetch was sent a body that is not a JSON string');
  return JSON.parse(body) as unknown;
}

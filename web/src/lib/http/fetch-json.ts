/** What one of the site's own API routes answered: its status, and its body (null when that is not JSON). */
export type JsonAnswer = { ok: boolean; status: number; body: unknown };

/**
 * The browser's call to one of the site's own API routes: JSON in and out, same origin, with the session
 * cookie. A refusal is an answer with `ok: false` for the caller to word; the promise rejects only when the
 * site could not be reached. Zod-free: each caller checks the body its own way.
 */
export async function fetchJson(path: string, init: RequestInit = {}): Promise<JsonAnswer> {
  const response = await fetch(path, {
    ...init,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    credentials: 'same-origin',
  });
  const body: unknown = await response.json().catch(() => null);
  return { ok: response.ok, status: response.status, body };
}

/** The message of a refusal the site worded (`{ "error": "…" }`), if the body carries one. */
export function errorMessageOf(body: unknown): string | undefined {
  return typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string'
    ? body.error
    : undefined;
}

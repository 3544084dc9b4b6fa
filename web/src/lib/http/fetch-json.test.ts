import { errorMessageOf, fetchJson } from './fetch-json';

/** What fetch resolves to (jsdom has no Response). */
const answer = (status: number, json: () => Promise<unknown>) => ({ ok: status < 300, status, json });

describe('fetchJson', () => {
  it('sends JSON to the same origin and answers the status and body', async () => {
    const fetchMock = jest.fn(() => Promise.resolve(answer(201, () => Promise.resolve({ data: 1 }))));
    global.fetch = fetchMock as unknown as typeof fetch;
    await expect(fetchJson('/api/x', { method: 'POST', body: '{}' })).resolves.toEqual({
      ok: true,
      status: 201,
      body: { data: 1 },
    });
    expect(fetchMock).toHaveBeenCalledWith('/api/x', {
      method: 'POST',
      body: '{}',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      credentials: 'same-origin',
    });
  });

  it('answers a refusal, with a null body when it is not JSON', async () => {
    global.fetch = jest.fn(() =>
      Promise.resolve(answer(502, () => Promise.reject(new SyntaxError('Unexpected token <')))),
    ) as unknown as typeof fetch;
    await expect(fetchJson('/api/x')).resolves.toEqual({ ok: false, status: 502, body: null });
  });

  it('rejects when the site cannot be reached', async () => {
    global.fetch = jest.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(fetchJson('/api/x')).rejects.toThrow('Failed to fetch');
  });
});

describe('errorMessageOf', () => {
  it('reads the site’s { error } wording, and nothing else', () => {
    expect(errorMessageOf({ error: 'Log in to moderate.' })).toBe('Log in to moderate.');
    expect(errorMessageOf({ error: { message: 'Strapi’s' } })).toBeUndefined();
    expect(errorMessageOf(null)).toBeUndefined();
    expect(errorMessageOf('error')).toBeUndefined();
  });
});

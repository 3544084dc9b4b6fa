/** @jest-environment node */
import { noStoreJson } from './json-response';

describe('noStoreJson', () => {
  it('answers JSON that no cache may keep, 200 by default', async () => {
    const response = noStoreJson({ ok: true });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('takes a status and more headers', () => {
    const response = noStoreJson({ error: 'Slow down.' }, 429, { 'Retry-After': '10' });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('10');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

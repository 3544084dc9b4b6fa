/** @jest-environment node */
import { jsonBodyOf } from './json-request';

const post = (body?: string) => new Request('http://site.test/api/x', { method: 'POST', body });

describe('jsonBodyOf', () => {
  it('parses a JSON body', async () => {
    expect(await jsonBodyOf(post('{"a":[1,2]}'))).toEqual({ a: [1, 2] });
    expect(await jsonBodyOf(post('"text"'))).toBe('text');
  });

  it('is undefined for a body that is not JSON', async () => {
    expect(await jsonBodyOf(post('{"a":'))).toBeUndefined();
    expect(await jsonBodyOf(post('a=1'))).toBeUndefined();
  });

  it('is undefined for an empty body unless the route names what empty means', async () => {
    expect(await jsonBodyOf(post())).toBeUndefined();
    expect(await jsonBodyOf(post('  \n'))).toBeUndefined();
    expect(await jsonBodyOf(post(''), {})).toEqual({});
    expect(await jsonBodyOf(post('{"path":"/"}'), {})).toEqual({ path: '/' });
  });

  it('is undefined when the body was already read', async () => {
    const request = post('{}');
    await request.text();
    expect(await jsonBodyOf(request)).toBeUndefined();
  });
});

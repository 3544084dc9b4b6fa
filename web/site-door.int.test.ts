/** @jest-environment node */
/**
 * The site's front door in the real server (see src/test/site-door.ts): the visitor's address, and body limits.
 */
import { VISITOR_IP_HEADER } from '@skinfacts/shared/headers';
import { errorOf, fromSite, json, request, startSite, submission, setUpSiteDoor } from '@/test/site-door';

const door = setUpSiteDoor();

describe('the visitor’s address (security #5)', () => {
  const spoofed = {
    ...fromSite,
    'x-forwarded-for': '6.6.6.6',
    'x-real-ip': '6.6.6.7',
    [VISITOR_IP_HEADER]: '6.6.6.8',
  };

  it('is the connection’s when no proxy is trusted: spoofed forwarding headers change nothing', async () => {
    const answer = await request(door.site, '/api/comments', {
      method: 'POST',
      headers: spoofed,
      body: json(submission),
      localAddress: '127.0.0.3',
    });
    expect(answer.status).toBe(201);
    expect(door.cmsSawIp).toBe('127.0.0.3');
  });

  it('comes from X-Forwarded-For when the connection is a trusted proxy, and only then', async () => {
    const behindProxy = await startSite({ TRUSTED_PROXIES: '127.0.0.1/32' });
    const forwarded = { ...spoofed, 'x-forwarded-for': '6.6.6.6, 203.0.113.9' };
    const viaProxy = { method: 'POST', headers: forwarded, body: json(submission) };
    expect(
      (await request(behindProxy, '/api/comments', { ...viaProxy, localAddress: '127.0.0.1' })).status,
    ).toBe(201);
    expect(door.cmsSawIp).toBe('203.0.113.9');
    expect(
      (await request(behindProxy, '/api/comments', { ...viaProxy, localAddress: '127.0.0.4' })).status,
    ).toBe(201);
    expect(door.cmsSawIp).toBe('127.0.0.4');
  });

  it('refuses to start with an unreadable TRUSTED_PROXIES', async () => {
    await expect(startSite({ TRUSTED_PROXIES: 'proxy.internal' })).rejects.toThrow(/TRUSTED_PROXIES/);
  });
});

describe('body limits (security #7)', () => {
  const forty = Buffer.from(json({ body: 'x'.repeat(40 * 1024) }));

  it('refuses a 40 KB JSON body with 413, saying the limit, before the route reads it', async () => {
    const answer = await request(door.site, '/api/comments', {
      method: 'POST',
      headers: fromSite,
      body: forty,
    });
    expect(answer.status).toBe(413);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(errorOf(answer)).toMatch(/larger than 32 KB/);
    expect(door.cmsSawIp).toBeUndefined();
  });

  it('counts a chunked body as it arrives and refuses it at the limit', async () => {
    const chunks = Array.from({ length: 64 }, () => Buffer.alloc(1024, 'x'));
    const answer = await request(door.site, '/api/moderation/comments/bulk', {
      method: 'POST',
      headers: fromSite,
      chunks,
    });
    expect(answer.status).toBe(413);
    expect(errorOf(answer)).toMatch(/32 KB/);
  });

  it('hands a chunked body within the limit to the route whole', async () => {
    const chunks = [Buffer.from('{"a":"'), Buffer.alloc(20_000, 'y'), Buffer.from('"}')];
    const answer = await request(door.site, '/api/comments/own', {
      method: 'POST',
      headers: fromSite,
      chunks,
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ reached: '/api/comments/own', bodyBytes: 20_008 });
  });

  it('hands an empty chunked body on too', async () => {
    const answer = await request(door.site, '/api/moderation/session', {
      method: 'DELETE',
      headers: fromSite,
      chunks: [],
    });
    expect(JSON.parse(answer.body)).toMatchObject({ bodyBytes: 0 });
  });

  it('allows the revalidation webhook 128 KB', async () => {
    const webhook = { authorization: 'Bearer x', 'content-type': 'application/json' };
    const within = await request(door.site, '/api/revalidate', {
      method: 'POST',
      headers: webhook,
      body: Buffer.alloc(100 * 1024, ' '),
    });
    expect(JSON.parse(within.body)).toMatchObject({ reached: '/api/revalidate', bodyBytes: 100 * 1024 });
    const over = await request(door.site, '/api/revalidate', {
      method: 'POST',
      headers: webhook,
      body: Buffer.alloc(130 * 1024, ' '),
    });
    expect(over.status).toBe(413);
    expect(errorOf(over)).toMatch(/128 KB/);
  });

  it('refuses an oversized `Expect: 100-continue` body without asking for it', async () => {
    const headers = { ...fromSite, expect: '100-continue', 'content-length': String(forty.length) };
    const answer = await request(door.site, '/api/comments', { method: 'POST', headers, body: forty });
    expect(answer.status).toBe(413);
    expect(answer.continued).toBe(false);
    const small = Buffer.from(json({ items: [] }));
    const fine = { ...fromSite, expect: '100-continue', 'content-length': String(small.length) };
    const accepted = await request(door.site, '/api/comments/own', {
      method: 'POST',
      headers: fine,
      body: small,
    });
    expect(accepted.continued).toBe(true);
    expect(JSON.parse(accepted.body)).toMatchObject({ bodyBytes: small.length });
  });
});

/** @jest-environment node */
/**
 * The site's front door in the real server (see src/test/site-door.ts): same-origin JSON for changes, and the
 * security headers.
 */
import {
  errorOf,
  SITE,
  type Answer,
  fromSite,
  json,
  request,
  startSite,
  setUpSiteDoor,
} from '@/test/site-door';

const door = setUpSiteDoor();

describe('same-origin JSON for changes (security #8a)', () => {
  const post = (path: string, headers: Record<string, string>, method = 'POST') =>
    request(door.site, path, { method, headers, body: json({ moderationStatus: 'approved' }) });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('refuses a %s from another origin with 403', async (method) => {
    const answer = await post(
      '/api/moderation/comments/c1',
      { ...fromSite, origin: 'https://evil.example' },
      method,
    );
    expect(answer.status).toBe(403);
    expect(errorOf(answer)).toMatch(/did not come from http:\/\/127\.0\.0\.1:3000/);
  });

  it.each([
    ['Origin: null', { origin: 'null' }],
    ['a look-alike origin', { origin: 'http://127.0.0.1:3000.evil.example' }],
    ['no Origin, cross-site fetch metadata', { 'sec-fetch-site': 'cross-site' }],
    ['no Origin, same-site fetch metadata', { 'sec-fetch-site': 'same-site' }],
    ['neither header', {}],
  ])('refuses %s with 403', async (_case, headers) => {
    const answer = await post('/api/moderation/comments/bulk', {
      'content-type': 'application/json',
      ...headers,
    });
    expect(answer.status).toBe(403);
  });

  it.each([
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonx',
  ])('refuses a same-origin %s body with 415', async (type) => {
    const answer = await post('/api/moderation/comments/bulk', { origin: SITE, 'content-type': type });
    expect(answer.status).toBe(415);
    expect(errorOf(answer)).toMatch(/Content-Type: application\/json/);
  });

  it('refuses a change without any Content-Type with 415', async () => {
    expect(
      (await request(door.site, '/api/moderation/session', { method: 'DELETE', headers: { origin: SITE } }))
        .status,
    ).toBe(415);
  });

  it('passes same-origin JSON on to the route (by Origin, or by fetch metadata when Origin is missing)', async () => {
    const byOrigin = await post('/api/moderation/comments/bulk', {
      ...fromSite,
      'content-type': 'application/json; charset=utf-8',
    });
    expect(JSON.parse(byOrigin.body)).toMatchObject({ reached: '/api/moderation/comments/bulk' });
    const byMetadata = await post('/api/moderation/comments/bulk', {
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/json',
    });
    expect(byMetadata.status).toBe(200);
  });

  it('leaves reads alone, and the revalidation webhook to its own secret', async () => {
    const read = await request(door.site, '/api/moderation/comments?status=pending', {
      headers: { origin: 'https://evil.example' },
    });
    expect(read.status).toBe(200);
    const webhook = await post('/api/revalidate', {
      origin: 'https://evil.example',
      'content-type': 'text/plain',
    });
    expect(JSON.parse(webhook.body)).toMatchObject({ reached: '/api/revalidate' });
  });

  it('lets a mail provider’s one-click unsubscribe form through from anywhere, and nothing else of the mail links', async () => {
    const crossSiteForm = {
      origin: 'https://mail.example.net',
      'content-type': 'application/x-www-form-urlencoded',
    };
    const sent = { method: 'POST', headers: crossSiteForm, body: 'List-Unsubscribe=One-Click' };
    const oneClick = await request(door.site, '/api/email/unsubscribe?token=t', sent);
    expect(JSON.parse(oneClick.body)).toMatchObject({ body: 'List-Unsubscribe=One-Click' });
    expect((await request(door.site, '/api/email/confirm?token=t', sent)).status).toBe(403);
  });
});

describe('security headers (security #9)', () => {
  const csp = (answer: Answer) => String(answer.headers['content-security-policy']);

  it('sends nosniff, the referrer policy and a static CSP on a page, keeping its caching', async () => {
    const page = await request(door.site, '/');
    expect(page.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'cache-control': 's-maxage=31536000',
      'x-nextjs-cache': 'HIT',
    });
    expect(csp(page)).toContain("default-src 'self'");
    expect(csp(page)).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp(page)).toContain(`img-src 'self' data: ${door.cmsOrigin}`);
    expect(csp(page)).toContain(`frame-ancestors 'self' ${door.cmsOrigin}`);
    for (const directive of [
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "connect-src 'self'",
    ]) {
      expect(csp(page)).toContain(directive);
    }
    expect(csp(page)).not.toMatch(/nonce-/);
    expect(page.headers['x-frame-options']).toBeUndefined();
    expect(page.headers['strict-transport-security']).toBeUndefined();
  });

  it('lets nobody frame the moderation console or its API', async () => {
    for (const path of ['/moderation', '/api/moderation/comments']) {
      const answer = await request(door.site, path);
      expect(answer.headers['x-frame-options']).toBe('DENY');
      expect(csp(answer)).toContain("frame-ancestors 'none'");
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('sends them on an API answer, a 404 and the door’s own refusals', async () => {
    for (const answer of [
      await request(door.site, '/api/health'),
      await request(door.site, '/no-such-page'),
      await request(door.site, '/api/comments', {
        method: 'POST',
        headers: { origin: 'https://evil.example' },
        body: '{}',
      }),
    ]) {
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(csp(answer)).toContain("default-src 'self'");
    }
  });

  it('allows images and framing from CMS_PUBLIC_URL when browsers reach the CMS elsewhere', async () => {
    const other = await startSite({ CMS_PUBLIC_URL: 'https://cms.example.org' });
    const header = csp(await request(other, '/'));
    expect(header).toContain("img-src 'self' data: https://cms.example.org;");
    expect(header).toContain("frame-ancestors 'self' https://cms.example.org");
  });

  it('sends HSTS when SITE_URL is https, and checks Origin against that URL', async () => {
    const https = await startSite({ SITE_URL: 'https://skinfacts.example' });
    const page = await request(https, '/');
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const fromHttps = { origin: 'https://skinfacts.example', 'content-type': 'application/json' };
    expect(
      (await request(https, '/api/comments/own', { method: 'POST', headers: fromHttps, body: '{}' })).status,
    ).toBe(200);
    expect(
      (await request(https, '/api/comments/own', { method: 'POST', headers: fromSite, body: '{}' })).status,
    ).toBe(403);
  });
});

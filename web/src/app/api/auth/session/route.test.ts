/** @jest-environment node */

/** Every variable that configures a sign-in provider: cleared before each case, so only the case's own count. */
const PROVIDER_KEYS = ['GOOGLE', 'FACEBOOK', 'X', 'GITHUB', 'WORDPRESS'].flatMap((name) => [
  `${name}_CLIENT_ID`,
  `${name}_CLIENT_SECRET`,
]);
const OIDC_KEYS = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_NAME'];

/** GET /api/auth/session for a visitor without cookies, the site configured with `configured` alone. */
async function anonymousSession(configured: Record<string, string>) {
  for (const key of [...PROVIDER_KEYS, ...OIDC_KEYS, 'WEB_TO_CMS_SECRET']) delete process.env[key];
  Object.assign(process.env, configured);
  jest.resetModules();
  const { GET } = await import('./route');
  const response = await GET(new Request('http://localhost/api/auth/session'));
  return { response, body: (await response.json()) as unknown };
}

describe('GET /api/auth/session', () => {
  it('offers no provider when none is configured, so the form is the guest form as before', async () => {
    const { response, body } = await anonymousSession({ WEB_TO_CMS_SECRET: 'secret' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body).toEqual({ providers: [], account: null, problem: null });
  });

  it('offers each completely configured provider, in button order, the OpenID one under its own name', async () => {
    const { body } = await anonymousSession({
      WEB_TO_CMS_SECRET: 'secret',
      GITHUB_CLIENT_ID: 'gh-id',
      GITHUB_CLIENT_SECRET: 'gh-secret',
      GOOGLE_CLIENT_ID: 'only-an-id',
      OIDC_ISSUER: 'https://id.example.org',
      OIDC_CLIENT_ID: 'site',
      OIDC_CLIENT_SECRET: 'oidc-secret',
      OIDC_NAME: 'Example ID',
    });
    expect(body).toEqual({
      providers: [
        { id: 'github', label: 'GitHub' },
        { id: 'oidc', label: 'Example ID' },
      ],
      account: null,
      problem: null,
    });
    expect(JSON.stringify(body)).not.toMatch(/secret|gh-id/);
  });

  it('offers none while the site has no secret to reach the CMS with, where accounts live', async () => {
    const { body } = await anonymousSession({ GITHUB_CLIENT_ID: 'gh-id', GITHUB_CLIENT_SECRET: 'gh-secret' });
    expect(body).toMatchObject({ providers: [] });
  });
});

import type { TestStack } from '../lib/test-stack';

/** The moderator's JWT, as the CMS hands it out: POST /api/auth/local. */
export async function moderatorToken(stack: Pick<TestStack, 'cmsUrl' | 'moderator'>): Promise<string> {
  const response = await fetch(`${stack.cmsUrl}/api/auth/local`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ identifier: stack.moderator.email, password: stack.moderator.password }),
  });
  if (!response.ok) throw new Error(`moderator login failed: ${response.status}`);
  return ((await response.json()) as { jwt: string }).jwt;
}

/** The site's session cookie (`name=value`), set by its login route the way the console's login form gets it. */
export async function moderatorSessionCookie(stack: TestStack): Promise<string> {
  const response = await fetch(`${stack.webUrl}/api/moderation/session`, {
    method: 'POST',
    // The site takes changes from its own pages only (web/src/lib/http/request-origin.js).
    headers: { 'Content-Type': 'application/json', Origin: new URL(stack.webUrl).origin },
    body: JSON.stringify({ email: stack.moderator.email, password: stack.moderator.password }),
  });
  if (!response.ok) throw new Error(`site login failed: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('sf_moderator_session='));
  if (!cookie) throw new Error('site login set no sf_moderator_session cookie');
  return cookie;
}

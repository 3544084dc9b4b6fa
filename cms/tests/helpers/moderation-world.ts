import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ContentChangeInput } from '@skinfacts/shared';
import type { TestStrapi } from './strapi';

/** Shared by the moderation integration tests: a fake site, users with a role, and small request helpers. */
export type Change = ContentChangeInput;

/** A stand-in for the site's POST /api/revalidate that records what the CMS sends. */
export function startFakeSite() {
  const received: Change[] = [];
  const server = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      if (request.method === 'POST' && request.url === '/api/revalidate') received.push(JSON.parse(raw));
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    });
  });
  return new Promise<{ origin: string; received: Change[]; close: () => Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        received,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

export const TEST_PASSWORD = 'Mod3ratorPassword';

/** A users-permissions user with `roleType`, logged in: returns the JWT. */
export async function createUser(app: TestStrapi, roleType: string, username: string) {
  const role = await app.strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: roleType } });
  await app.strapi
    .plugin('users-permissions')
    .service('user')
    .add({
      username,
      email: `${username}@example.com`,
      password: TEST_PASSWORD,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    });
  const res = await app
    .http()
    .post('/api/auth/local')
    .send({ identifier: `${username}@example.com`, password: TEST_PASSWORD })
    .expect(200);
  return res.body.jwt as string;
}

export const bearer = (jwt: string) => ({ authorization: `Bearer ${jwt}` });

export async function stored(app: TestStrapi, documentId: string) {
  return app.strapi.db.query('api::comment.comment').findOne({
    where: { documentId },
    populate: { parent: { select: ['documentId'] }, article: { select: ['documentId'] } },
  });
}

export async function waitForChange(
  received: Change[],
  predicate: (change: Change) => boolean,
  timeoutMs = 3000,
) {
  const started = Date.now();
  for (;;) {
    const found = received.find(predicate);
    if (found) return found;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`no matching revalidation request; got ${JSON.stringify(received)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

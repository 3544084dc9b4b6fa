import { z } from 'zod';
import { isRecord } from '../../src/utils/is-record';
import type { TestStrapi } from './strapi';
import { bodyOf } from './responses';

/** Shared by the moderation integration tests: users with a role, and small request helpers. */
export const TEST_PASSWORD = 'Mod3ratorPassword';

/** The users-permissions `user` service as the tests call it (`service()` types its members as `any`). */
type SiteUsers = { add(user: Record<string, unknown>): Promise<unknown> };

/** A users-permissions user with `roleType`, logged in: returns the JWT. */
export async function createUser(app: TestStrapi, roleType: string, username: string) {
  const role: unknown = await app.strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: roleType } });
  if (!isRecord(role)) throw new Error(`users-permissions role "${roleType}" is missing`);
  await app.strapi
    .plugin('users-permissions')
    .service<SiteUsers>('user')
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
  return bodyOf(res, z.object({ jwt: z.string() })).jwt;
}

export const bearer = (jwt: string) => ({ authorization: `Bearer ${jwt}` });

export { storedComment as stored } from './stored-comment';

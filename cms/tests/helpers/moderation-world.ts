import type { TestStrapi } from './strapi';

/** Shared by the moderation integration tests: users with a role, and small request helpers. */
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

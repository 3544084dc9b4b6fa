import { z } from 'zod';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { anything, bodyOf, record } from './helpers/responses';
import { configureRoles } from '../src/bootstrap/roles';
import { ensureDemoAccounts } from '../src/bootstrap/demo-accounts';
import { configurePublicPermissions } from '../src/bootstrap/public-permissions';

/** The rows these tests read past the API, with what they check of each. */
const adminWithRoles = z.object({ roles: z.array(z.object({ code: z.string() })) });
const userWithRole = z.object({ role: z.object({ type: z.string() }) });
const roleWithPermissions = z.object({
  permissions: z.array(z.object({ action: z.string(), subject: z.string().nullable() })),
});
const row = z.looseObject({ id: z.number() });

const DEMO = {
  SEED_ADMIN_EMAIL: 'admin@demo.test',
  SEED_ADMIN_PASSWORD: 'Adm1nPassword',
  SEED_MODERATOR_EMAIL: 'moderator@demo.test',
  SEED_MODERATOR_PASSWORD: 'Mod3ratorPassword',
  SEED_EDITOR_EMAIL: 'editor@demo.test',
  SEED_EDITOR_PASSWORD: 'Ed1torPassword',
};

describe('with demo credentials in the environment', () => {
  let app: TestStrapi;
  beforeAll(async () => {
    app = await startTestStrapi(DEMO);
  });
  afterAll(async () => {
    await app.stop();
    for (const key of Object.keys(DEMO)) delete process.env[key];
  });

  it('creates a demo admin who can log in to the admin panel', async () => {
    const res = await app
      .http()
      .post('/admin/login')
      .send({ email: DEMO.SEED_ADMIN_EMAIL, password: DEMO.SEED_ADMIN_PASSWORD })
      .expect(200);
    expect(bodyOf(res, z.object({ data: record })).data.token).toEqual(anything(String));
    const admin: unknown = await app.strapi.db
      .query('admin::user')
      .findOne({ where: { email: DEMO.SEED_ADMIN_EMAIL }, populate: ['roles'] });
    expect(adminWithRoles.parse(admin).roles.map((role) => role.code)).toEqual(['strapi-super-admin']);
  });

  it('creates a demo editor with the admin Editor role only, who can log in to the admin panel', async () => {
    const res = await app
      .http()
      .post('/admin/login')
      .send({ email: DEMO.SEED_EDITOR_EMAIL, password: DEMO.SEED_EDITOR_PASSWORD })
      .expect(200);
    expect(bodyOf(res, z.object({ data: record })).data.token).toEqual(anything(String));
    const editor: unknown = await app.strapi.db
      .query('admin::user')
      .findOne({ where: { email: DEMO.SEED_EDITOR_EMAIL }, populate: ['roles'] });
    expect(adminWithRoles.parse(editor).roles.map((role) => role.code)).toEqual(['strapi-editor']);
  });

  it('creates a demo moderator with the Moderator role who can log in', async () => {
    const res = await app
      .http()
      .post('/api/auth/local')
      .send({ identifier: DEMO.SEED_MODERATOR_EMAIL, password: DEMO.SEED_MODERATOR_PASSWORD })
      .expect(200);
    expect(bodyOf(res, record).jwt).toEqual(anything(String));
    const me: unknown = await app.strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { email: DEMO.SEED_MODERATOR_EMAIL }, populate: ['role'] });
    expect(userWithRole.parse(me).role.type).toBe('moderator');
  });

  it('is idempotent: bootstrap again creates no second account, role or permission', async () => {
    const count = async () => ({
      admins: await app.strapi.db.query('admin::user').count(),
      users: await app.strapi.db.query('plugin::users-permissions.user').count(),
      roles: await app.strapi.db.query('plugin::users-permissions.role').count(),
      publicPermissions: await app.strapi.db.query('plugin::users-permissions.permission').count(),
      adminPermissions: await app.strapi.db.query('admin::permission').count(),
    });
    const before = await count();
    await configurePublicPermissions(app.strapi);
    await configureRoles(app.strapi);
    await ensureDemoAccounts(app.strapi);
    expect(await count()).toEqual(before);
  });

  it('refuses public sign-up', async () => {
    const res = await app
      .http()
      .post('/api/auth/local/register')
      .send({ username: 'intruder', email: 'intruder@example.com', password: 'Intrud3rPassword' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(
      await app.strapi.db
        .query('plugin::users-permissions.user')
        .count({ where: { email: 'intruder@example.com' } }),
    ).toBe(0);
  });

  it('gives the admin Editor role editorial rights and comment read/update only', async () => {
    const editor: unknown = await app.strapi.db
      .query('admin::role')
      .findOne({ where: { code: 'strapi-editor' }, populate: ['permissions'] });
    const granted = new Set(
      roleWithPermissions.parse(editor).permissions.map((p) => `${p.action} ${p.subject}`),
    );
    for (const type of ['article', 'treatment']) {
      for (const action of ['create', 'read', 'update', 'delete', 'publish']) {
        expect(granted).toContain(`plugin::content-manager.explorer.${action} api::${type}.${type}`);
      }
    }
    for (const type of ['author', 'topic']) {
      expect(granted).toContain(`plugin::content-manager.explorer.create api::${type}.${type}`);
    }
    expect(granted).toContain('plugin::content-manager.explorer.read api::comment.comment');
    expect(granted).toContain('plugin::content-manager.explorer.update api::comment.comment');
    expect(granted).not.toContain('plugin::content-manager.explorer.create api::comment.comment');
    expect(granted).not.toContain('plugin::content-manager.explorer.delete api::comment.comment');
    expect([...granted].some((p) => String(p).includes('plugin::users-permissions.user'))).toBe(false);
  });

  it('resets a public permission added by hand', async () => {
    const role = row.parse(
      await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } }),
    );
    await app.strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action: 'api::comment.comment.update', role: role.id } });
    await configurePublicPermissions(app.strapi);
    const left = await app.strapi.db
      .query('plugin::users-permissions.permission')
      .count({ where: { action: 'api::comment.comment.update', role: role.id } });
    expect(left).toBe(0);
  });
});

describe('without demo credentials (a production deployment)', () => {
  let app: TestStrapi;
  beforeAll(async () => {
    app = await startTestStrapi({ NODE_ENV: 'production' });
  });
  afterAll(() => app.stop());

  it('creates no account at all', async () => {
    expect(await app.strapi.db.query('admin::user').count()).toBe(0);
    expect(await app.strapi.db.query('plugin::users-permissions.user').count()).toBe(0);
  });
});

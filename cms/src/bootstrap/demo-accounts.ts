import type { Core } from '@strapi/strapi';
import { cmsEnv, type CmsEnv } from '../env';
import { EDITOR_ROLE_CODE, MODERATOR_ROLE_TYPE } from './roles';
import { isRecord } from '../utils/is-record';

type Credentials = { email: string; password: string };

/** The parts of Strapi's services this file calls (`strapi.service()` types their members as `any`). */
type AdminUsers = {
  exists(query: { email: string }): Promise<boolean>;
  create(user: Record<string, unknown>): Promise<unknown>;
};
type AdminRoles = {
  getSuperAdmin(): Promise<{ id: unknown } | null | undefined>;
  findOne(query: { code: string }): Promise<{ id: unknown } | null | undefined>;
};
type SiteUsers = { add(user: Record<string, unknown>): Promise<unknown> };

function credentials(email: string | undefined, password: string | undefined): Credentials | null {
  return email && password ? { email, password } : null;
}

type AdminAccount = Credentials & { lastname: string; role: 'Super Admin' | 'Editor' };

async function ensureAdminPanelUser(strapi: Core.Strapi, account: AdminAccount) {
  const { email, password, lastname, role } = account;
  const users = strapi.service('admin::user') as AdminUsers;
  if (await users.exists({ email })) return;

  const roles = strapi.service('admin::role') as AdminRoles;
  const found =
    role === 'Super Admin' ? await roles.getSuperAdmin() : await roles.findOne({ code: EDITOR_ROLE_CODE });
  if (!found) throw new Error(`The ${role} role is missing; cannot create the demo ${lastname}.`);
  await users.create({
    email,
    password,
    firstname: 'Demo',
    lastname,
    isActive: true,
    registrationToken: null,
    roles: [found.id],
  });
  strapi.log.info(`demo accounts: ${lastname.toLowerCase()} ${email} created`);
}

async function ensureDemoModerator(strapi: Core.Strapi, { email, password }: Credentials) {
  const existing: unknown = await strapi.db
    .query('plugin::users-permissions.user')
    .findOne({ where: { email } });
  if (existing) return;

  const role: unknown = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: MODERATOR_ROLE_TYPE } });
  if (!isRecord(role)) throw new Error('The Moderator role is missing; cannot create the demo moderator.');
  await strapi
    .plugin('users-permissions')
    .service<SiteUsers>('user')
    .add({
      username: email.split('@')[0],
      email,
      password,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    });
  strapi.log.info(`demo accounts: moderator ${email} created`);
}

/**
 * Creates the demo admin, editor and moderator named in SEED_* variables, once. `npm start` writes those variables
 * into cms/.env; without them (a real production deployment) no account is ever created.
 */
export async function ensureDemoAccounts(strapi: Core.Strapi) {
  const env: CmsEnv = cmsEnv();
  const admin = credentials(env.SEED_ADMIN_EMAIL, env.SEED_ADMIN_PASSWORD);
  if (admin) await ensureAdminPanelUser(strapi, { ...admin, lastname: 'Admin', role: 'Super Admin' });

  const editor = credentials(env.SEED_EDITOR_EMAIL, env.SEED_EDITOR_PASSWORD);
  if (editor) await ensureAdminPanelUser(strapi, { ...editor, lastname: 'Editor', role: 'Editor' });

  const moderator = credentials(env.SEED_MODERATOR_EMAIL, env.SEED_MODERATOR_PASSWORD);
  if (moderator) await ensureDemoModerator(strapi, moderator);
}

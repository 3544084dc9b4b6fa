import type { Core } from '@strapi/strapi';
import { isRecord } from '../utils/is-record';

/**
 * What an anonymous visitor may call. Everything else under `api::` is removed from the public role,
 * so a permission ticked by hand in the admin panel does not survive a restart.
 */
export const PUBLIC_ACTIONS = [
  'api::article.article.find',
  'api::article.article.findOne',
  'api::treatment.treatment.find',
  'api::treatment.treatment.findOne',
  'api::author.author.find',
  'api::author.author.findOne',
  'api::topic.topic.find',
  'api::topic.topic.findOne',
  'api::comment.comment.find',
  'api::comment.comment.findOne',
  'api::comment.comment.create',
  'api::comment.comment.formToken',
  'api::slug-redirect.slug-redirect.resolve',
] as const;

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

/** Makes the role's `api::` permissions exactly `actions`; plugin permissions (login etc.) are left alone. */
export async function setRoleApiPermissions(
  strapi: Core.Strapi,
  roleType: string,
  actions: readonly string[],
) {
  const role: unknown = await strapi.db.query(ROLE_UID).findOne({ where: { type: roleType } });
  if (!isRecord(role)) throw new Error(`users-permissions role "${roleType}" is missing`);
  const roleId = role.id;

  const rows: unknown[] = await strapi.db
    .query(PERMISSION_UID)
    .findMany({ where: { role: roleId, action: { $startsWith: 'api::' } }, select: ['id', 'action'] });
  const existing = rows.filter(isRecord);

  const wanted = new Set(actions);
  const stale = existing.filter(
    (permission) => !(typeof permission.action === 'string' && wanted.has(permission.action)),
  );
  if (stale.length > 0) {
    await strapi.db.query(PERMISSION_UID).deleteMany({ where: { id: { $in: stale.map((p) => p.id) } } });
  }

  const present = new Set(existing.map((permission) => permission.action));
  for (const action of actions) {
    if (!present.has(action)) {
      await strapi.db.query(PERMISSION_UID).create({ data: { action, role: roleId } });
    }
  }
}

export async function configurePublicPermissions(strapi: Core.Strapi) {
  await setRoleApiPermissions(strapi, 'public', PUBLIC_ACTIONS);
}

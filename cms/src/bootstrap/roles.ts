import type { Core } from '@strapi/strapi';
import { setRoleApiPermissions } from './public-permissions';
import { COMMENT_UID } from '../api/comment/uid';

export const MODERATOR_ROLE_TYPE = 'moderator';
/** Strapi's own code for the admin panel's Editor role. */
export const EDITOR_ROLE_CODE = 'strapi-editor';

/**
 * The moderation console's API (src/api/moderation). Set exactly on every boot, like the public role's;
 * the routes' is-moderator policy checks the role type as well.
 */
export const MODERATOR_ACTIONS = [
  'api::moderation.moderation.me',
  'api::moderation.moderation.logout',
  'api::moderation.moderation.find',
  'api::moderation.moderation.findOne',
  'api::moderation.moderation.decide',
  'api::moderation.moderation.bulk',
  'api::moderation.moderation.reply',
  'api::moderation.reports.dismiss',
  'api::moderation.privacy.export',
  'api::moderation.privacy.erase',
  'api::moderation.accounts.block',
  'api::moderation.moderator-mails.find',
  'api::moderation.moderator-mails.update',
] as const;

const EDITORIAL_TYPES = [
  'api::article.article',
  'api::treatment.treatment',
  'api::author.author',
  'api::topic.topic',
];
const COMMENT_TYPES = [COMMENT_UID, 'api::comment-setting.comment-setting'];

const CM = 'plugin::content-manager.explorer';
const EDITORIAL_ACTIONS = [`${CM}.create`, `${CM}.read`, `${CM}.update`, `${CM}.delete`, `${CM}.publish`];
const COMMENT_ACTIONS = [`${CM}.read`, `${CM}.update`];

/** The media library, as Strapi's own default Editor role has it. */
const MEDIA_PERMISSIONS = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
].map((action) => ({ action }));

type AdminAction = { actionId: string; section: string; subjects?: string[] };

/** The parts of Strapi's admin services this file calls (`strapi.service()` types their members as `any`). */
type AdminPermissions = { actionProvider: { values(): AdminAction[] } };
type AdminContentTypes = {
  getPermissionsWithNestedFields(
    actions: AdminAction[],
    options: { restrictedSubjects: string[] },
  ): Record<string, unknown>[];
};
type AdminRoles = {
  findOne(query: { code: string }): Promise<{ id: unknown } | null | undefined>;
  assignPermissions(roleId: unknown, permissions: Record<string, unknown>[]): Promise<unknown>;
};

/** Content-manager permissions for `actionIds` on `subjects` only, with every field (nested components too). */
function contentPermissions(strapi: Core.Strapi, actionIds: string[], subjects: string[]) {
  const actions = (strapi.service('admin::permission') as AdminPermissions).actionProvider.values();
  const wanted = actions.filter(
    (action) => action.section === 'contentTypes' && actionIds.includes(action.actionId),
  );
  const otherSubjects = Object.keys(strapi.contentTypes).filter((uid) => !subjects.includes(uid));
  return (strapi.service('admin::content-type') as AdminContentTypes).getPermissionsWithNestedFields(wanted, {
    restrictedSubjects: otherSubjects,
  });
}

/**
 * Admin panel Editor: writes and publishes articles, treatments, authors and topics; reads and updates
 * comments (to moderate from the content manager) and the comment settings. Strapi creates the role on first boot; this makes its
 * permissions exactly that, on every boot.
 */
async function configureEditorRole(strapi: Core.Strapi) {
  const roles = strapi.service('admin::role') as AdminRoles;
  const editor = await roles.findOne({ code: EDITOR_ROLE_CODE });
  if (!editor) throw new Error('The admin Editor role is missing.');

  await roles.assignPermissions(editor.id, [
    ...contentPermissions(strapi, EDITORIAL_ACTIONS, EDITORIAL_TYPES),
    ...contentPermissions(strapi, COMMENT_ACTIONS, COMMENT_TYPES),
    ...MEDIA_PERMISSIONS,
  ]);
}

/** Site moderators are users-permissions users with this role; what they may do comes with the moderation console. */
async function ensureModeratorRole(strapi: Core.Strapi) {
  const roles = strapi.db.query('plugin::users-permissions.role');
  const existing: unknown = await roles.findOne({ where: { type: MODERATOR_ROLE_TYPE } });
  if (existing) return;
  await roles.create({
    data: {
      name: 'Moderator',
      type: MODERATOR_ROLE_TYPE,
      description: 'Approves, rejects or marks comments as spam in the moderation console on the site.',
    },
  });
}

/** Accounts are made by admins, never by self sign-up: a signed-up user must not get near the moderation console. */
async function disablePublicSignUp(strapi: Core.Strapi) {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = (await store.get({ key: 'advanced' })) as Record<string, unknown> | null;
  if (advanced && advanced.allow_register === false) return;
  await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
}

export async function configureRoles(strapi: Core.Strapi) {
  await configureEditorRole(strapi);
  await ensureModeratorRole(strapi);
  await setRoleApiPermissions(strapi, MODERATOR_ROLE_TYPE, MODERATOR_ACTIONS);
  await disablePublicSignUp(strapi);
}

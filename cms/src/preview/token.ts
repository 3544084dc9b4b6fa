import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../env';
import { isRecord } from '../utils/is-record';

export const PREVIEW_TOKEN_NAME = 'Site preview (CMS_PREVIEW_TOKEN)';

const DESCRIPTION =
  'Lets the site read drafts in draft mode. Managed from CMS_PREVIEW_TOKEN in cms/.env and web/.env: ' +
  'it is reset to that value on every start, and deleted when the variable is removed.';

/** Read access to what the site shows, drafts included (the published-only policy lets API tokens see drafts). */
export const PREVIEW_TOKEN_ACTIONS = [
  'api::article.article.find',
  'api::article.article.findOne',
  'api::treatment.treatment.find',
  'api::treatment.treatment.findOne',
  'api::author.author.find',
  'api::author.author.findOne',
  'api::topic.topic.find',
  'api::topic.topic.findOne',
] as const;

/** A shorter value is refused, so a placeholder such as `change-me` never becomes a working token. */
export const MIN_PREVIEW_TOKEN_LENGTH = 32;

type TokenService = {
  hash(accessKey: string): string;
  getByName(name: string): Promise<{ id: number; type?: string; permissions?: string[] } | null>;
  create(attributes: Record<string, unknown>): Promise<{ id: number }>;
  update(id: number, attributes: Record<string, unknown>): Promise<unknown>;
  revoke(id: number): Promise<unknown>;
};
type EncryptionService = { encrypt(value: string): string | null };

const TOKEN_UID = 'admin::api-token';

function samePermissions(current: string[] | undefined): boolean {
  const wanted = new Set<string>(PREVIEW_TOKEN_ACTIONS);
  return (
    current !== undefined && current.length === wanted.size && current.every((action) => wanted.has(action))
  );
}

/**
 * Makes the site's draft-reading API token match CMS_PREVIEW_TOKEN, which `npm start` writes into both
 * cms/.env and web/.env: Strapi stores only an HMAC of an API token's key (salted with API_TOKEN_SALT), so
 * the CMS can store the hash of a key it was given instead of generating one. Idempotent; runs on every boot.
 */
export async function ensurePreviewToken(strapi: Core.Strapi) {
  const tokens = strapi.service('admin::api-token-content-api') as unknown as TokenService;
  const encryption = strapi.service('admin::encryption') as unknown as EncryptionService;
  const value = cmsEnv().CMS_PREVIEW_TOKEN ?? '';
  const existing = await tokens.getByName(PREVIEW_TOKEN_NAME);

  if (value.length < MIN_PREVIEW_TOKEN_LENGTH) {
    if (value) {
      strapi.log.warn(
        `preview: CMS_PREVIEW_TOKEN is shorter than ${MIN_PREVIEW_TOKEN_LENGTH} characters and is ignored; ` +
          'draft preview on the site is off. `npm start` generates a proper one.',
      );
    }
    if (existing) await tokens.revoke(existing.id);
    return;
  }

  const accessKey = tokens.hash(value);
  const encryptedKey = encryption.encrypt(value);
  if (!existing) {
    const created = await tokens.create({
      name: PREVIEW_TOKEN_NAME,
      description: DESCRIPTION,
      type: 'custom',
      permissions: [...PREVIEW_TOKEN_ACTIONS],
      lifespan: null,
    });
    await strapi.db.query(TOKEN_UID).update({ where: { id: created.id }, data: { accessKey, encryptedKey } });
    strapi.log.info('preview: created the site preview API token from CMS_PREVIEW_TOKEN');
    return;
  }

  if (existing.type !== 'custom' || !samePermissions(existing.permissions)) {
    await tokens.update(existing.id, { type: 'custom', permissions: [...PREVIEW_TOKEN_ACTIONS] });
  }
  const stored: unknown = await strapi.db
    .query(TOKEN_UID)
    .findOne({ where: { id: existing.id }, select: ['accessKey'] });
  if ((isRecord(stored) ? stored.accessKey : undefined) !== accessKey) {
    await strapi.db
      .query(TOKEN_UID)
      .update({ where: { id: existing.id }, data: { accessKey, encryptedKey } });
    strapi.log.info('preview: the site preview API token now matches CMS_PREVIEW_TOKEN');
  }
}

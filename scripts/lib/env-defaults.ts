import { randomBytes } from 'node:crypto';
import { randomAppKeys, randomPassword, randomSecret } from './secrets';
import type { EnvValues } from './dotenv';

export type EnvEntries = Array<[string, string]>;

/** Secrets that the CMS and the site must agree on; the CMS's copy is the source of truth. */
export const SHARED_SECRET_KEYS = [
  'REVALIDATE_SECRET',
  'PREVIEW_SECRET',
  'CMS_PREVIEW_TOKEN',
  'WEB_TO_CMS_SECRET',
] as const;

/** The site's draft-reading API token: the CMS stores its hash as a Strapi API token (hex, like Strapi's own). */
export const randomApiToken = (): string => randomBytes(48).toString('hex');

/** Every key of cms/.env with a freshly generated default. Order is the order written to the file. */
export function cmsEnvDefaults(): EnvEntries {
  return [
    ['HOST', '0.0.0.0'],
    ['PORT', '1337'],
    ['PUBLIC_URL', 'http://localhost:1337'],
    ['APP_KEYS', randomAppKeys()],
    ['API_TOKEN_SALT', randomSecret()],
    ['ADMIN_JWT_SECRET', randomSecret()],
    ['TRANSFER_TOKEN_SALT', randomSecret()],
    ['JWT_SECRET', randomSecret()],
    ['ENCRYPTION_KEY', randomSecret()],
    ['STRAPI_TELEMETRY_DISABLED', 'true'],
    ['DATABASE_CLIENT', 'sqlite'],
    ['WEB_URL', 'http://localhost:3000'],
    ['REVALIDATE_SECRET', randomSecret()],
    ['PREVIEW_SECRET', randomSecret()],
    ['CMS_PREVIEW_TOKEN', randomApiToken()],
    ['COMMENT_IP_SALT', randomSecret()],
    ['WEB_TO_CMS_SECRET', randomSecret()],
    ['EMAIL_LINK_SECRET', randomSecret()],
    ['SEED_ADMIN_EMAIL', 'admin@skinfacts.local'],
    ['SEED_ADMIN_PASSWORD', randomPassword()],
    ['SEED_MODERATOR_EMAIL', 'moderator@skinfacts.local'],
    ['SEED_MODERATOR_PASSWORD', randomPassword()],
    ['SEED_EDITOR_EMAIL', 'editor@skinfacts.local'],
    ['SEED_EDITOR_PASSWORD', randomPassword()],
    ['SEED_DEMO_CONTENT', 'if-empty'],
  ];
}

/** Every key of web/.env; the shared secrets are copied from the CMS's values. */
export function webEnvDefaults(cms: EnvValues): EnvEntries {
  const shared: EnvEntries = SHARED_SECRET_KEYS.map((key) => [key, cms[key] ?? randomSecret()]);
  return [
    ['CMS_URL', 'http://127.0.0.1:1337'],
    // The CMS's own public address: the admin panel there frames the site for Preview (the site's CSP).
    ['CMS_PUBLIC_URL', cms.PUBLIC_URL || 'http://localhost:1337'],
    ['SITE_URL', 'http://localhost:3000'],
    ...shared,
    // Every site instance of one build must decrypt the others' Server Action payloads: a key of its own, kept.
    ['NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', randomSecret(32)],
    ['NEXT_TELEMETRY_DISABLED', '1'],
  ];
}

/** Shared secrets whose values differ between the two files (each must be fixed by hand). */
export function mismatchedSecrets(cms: EnvValues, web: EnvValues): string[] {
  return SHARED_SECRET_KEYS.filter((key) => cms[key] !== web[key]);
}

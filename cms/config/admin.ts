import type { Core } from '@strapi/strapi';
import { previewConfig } from '../src/preview/button';
import { requiredEnv } from '../src/utils/required-env';
import { sharedLoginLimitStore, type SharedLoginLimitStore } from '../src/limits/strapi-login-store';

type RateLimit = NonNullable<Core.Config.Admin['rateLimit']>;
/** Strapi types `rateLimit.store` as a string, but its limiter (koa2-ratelimit) takes a store object. */
type AdminConfig = Omit<Core.Config.Admin, 'rateLimit'> & {
  rateLimit: Omit<RateLimit, 'store'> & { store: SharedLoginLimitStore };
};

export default ({ env }: Core.Config.Shared.ConfigParams): AdminConfig => ({
  auth: { secret: requiredEnv(env('ADMIN_JWT_SECRET'), 'ADMIN_JWT_SECRET') },
  apiToken: { salt: requiredEnv(env('API_TOKEN_SALT'), 'API_TOKEN_SALT') },
  transfer: { token: { salt: requiredEnv(env('TRANSFER_TOKEN_SALT'), 'TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: requiredEnv(env('ENCRYPTION_KEY'), 'ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  // Strapi's limits (5 tries per 5 minutes per email and address), counted in Redis when REDIS_URL is set.
  rateLimit: { enabled: true, store: sharedLoginLimitStore },
  // The Preview button opens drafts of articles and treatments on the site (WEB_URL + PREVIEW_SECRET).
  preview: previewConfig((key) => env(key)),
});

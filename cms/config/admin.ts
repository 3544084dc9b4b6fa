import type { Core } from '@strapi/strapi';
import { previewConfig } from '../src/preview/button';
import { requiredEnv } from '../src/utils/required-env';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: { secret: requiredEnv(env('ADMIN_JWT_SECRET'), 'ADMIN_JWT_SECRET') },
  apiToken: { salt: requiredEnv(env('API_TOKEN_SALT'), 'API_TOKEN_SALT') },
  transfer: { token: { salt: requiredEnv(env('TRANSFER_TOKEN_SALT'), 'TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: requiredEnv(env('ENCRYPTION_KEY'), 'ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  // The Preview button opens drafts of articles and treatments on the site (WEB_URL + PREVIEW_SECRET).
  preview: previewConfig((key) => env(key)),
});

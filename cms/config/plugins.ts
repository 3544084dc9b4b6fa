import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';
import { emailConfig } from '../src/extensions/email/email-config';

/** UPLOAD_MAX_FILE_SIZE_MB in bytes; empty means the default. */
function uploadLimitBytes(value: string | undefined): number {
  const megabytes = value?.trim() ? Number(value) : 10;
  if (!Number.isFinite(megabytes) || megabytes <= 0) {
    throw new Error(`UPLOAD_MAX_FILE_SIZE_MB must be a positive number of megabytes, got "${value}"`);
  }
  return Math.round(megabytes * 1024 * 1024);
}

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: requiredEnv(env('JWT_SECRET'), 'JWT_SECRET'),
      jwt: { expiresIn: '7d' },
    },
  },
  upload: {
    // Also the most src/middlewares/request-body.ts lets one multipart request carry.
    config: { sizeLimit: uploadLimitBytes(env('UPLOAD_MAX_FILE_SIZE_MB')) },
  },
  email: { config: emailConfig((key) => env(key)) },
});

import type { Core } from '@strapi/strapi';
import { MODERATOR_SESSION_SECONDS } from '@skinfacts/shared';
import { requiredEnv } from '../src/utils/required-env';
import { emailConfig } from '../src/extensions/email/email-config';
import { sharedLoginLimitStore } from '../src/limits/strapi-login-store';
import { s3UploadProvider } from '../src/uploads/s3-config';

/** UPLOAD_MAX_FILE_SIZE_MB in bytes; empty means the default. */
function uploadLimitBytes(value: string | undefined): number {
  const megabytes = value?.trim() ? Number(value) : 10;
  if (!Number.isFinite(megabytes) || megabytes <= 0) {
    throw new Error(`UPLOAD_MAX_FILE_SIZE_MB must be a positive number of megabytes, got "${value}"`);
  }
  return Math.round(megabytes * 1024 * 1024);
}

const SESSION = MODERATOR_SESSION_SECONDS;

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: requiredEnv(env('JWT_SECRET'), 'JWT_SECRET'),
      // Strapi's limits on /api/auth/* (10 a minute per address and route), counted in Redis when REDIS_URL is set.
      ratelimit: { enabled: true, interval: 60_000, max: 10, store: sharedLoginLimitStore },
      // Logins are server-side sessions (Strapi's session manager), so a logout can end one for good; the
      // moderator policy checks the session on every call, since an access token alone stays valid until it expires.
      jwtManagement: 'refresh',
      jwt: { expiresIn: `${SESSION}s` },
      sessions: {
        accessTokenLifespan: SESSION,
        idleRefreshTokenLifespan: SESSION,
        maxRefreshTokenLifespan: SESSION,
        idleSessionLifespan: SESSION,
        maxSessionLifespan: SESSION,
      },
    },
  },
  upload: {
    // Also the most src/middlewares/request-body.ts lets one multipart request carry.
    config: {
      sizeLimit: uploadLimitBytes(env('UPLOAD_MAX_FILE_SIZE_MB')),
      // S3-compatible storage when UPLOAD_S3_BUCKET is set (several CMS instances share it); else local disk.
      ...s3UploadProvider((key) => env(key)),
    },
  },
  // The admin's forgot-password limit (5 per 5 minutes per email) shares the login limits' store.
  email: { config: { ...emailConfig((key) => env(key)), ratelimit: { store: sharedLoginLimitStore } } },
});

import type { Core } from '@strapi/strapi';
import { MODERATOR_SESSION_SECONDS } from '@skinfacts/shared';
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

const SESSION = MODERATOR_SESSION_SECONDS;

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: requiredEnv(env('JWT_SECRET'), 'JWT_SECRET'),
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
    config: { sizeLimit: uploadLimitBytes(env('UPLOAD_MAX_FILE_SIZE_MB')) },
  },
  email: { config: emailConfig((key) => env(key)) },
});

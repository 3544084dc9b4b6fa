import type { Core } from '@strapi/strapi';
import { MODERATOR_SESSION_SECONDS } from '@skinfacts/shared';
import { requiredEnv } from '../src/utils/required-env';

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
});

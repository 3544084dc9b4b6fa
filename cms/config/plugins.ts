import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: requiredEnv(env('JWT_SECRET'), 'JWT_SECRET'),
      jwt: { expiresIn: '7d' },
    },
  },
});

import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: { keys: requiredEnv(env.array('APP_KEYS'), 'APP_KEYS') },
  // No calls home: the update check is off here, telemetry by STRAPI_TELEMETRY_DISABLED.
  logger: {
    updates: { enabled: false },
    config: { level: env('LOG_LEVEL', 'http') },
  },
});

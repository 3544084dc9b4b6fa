import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: { keys: requiredEnv(env.array('APP_KEYS'), 'APP_KEYS') },
  // Behind one proxy (HAProxy in the cluster) that appends the client's address to X-Forwarded-For: the last
  // entry is the client as that proxy saw it, and every earlier one is whatever the client chose to send.
  // Only with BEHIND_PROXY=true: reached directly, the header is the client's own word.
  proxy: { koa: env.bool('BEHIND_PROXY', false), maxIpsCount: 1 },
  // No calls home: the update check is off here, telemetry by STRAPI_TELEMETRY_DISABLED.
  logger: {
    updates: { enabled: false },
    config: { level: env('LOG_LEVEL', 'http') },
  },
});

import { randomBytes } from 'node:crypto';

const secret = () => randomBytes(16).toString('base64');

/** Secrets and switches a test Strapi needs; generated per process, never read from cms/.env. */
export function setTestEnv(databaseEnv: Record<string, string>) {
  Object.assign(process.env, {
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'false',
    HOST: '127.0.0.1',
    PORT: '0',
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    COMMENT_IP_SALT: secret(),
    SEED_DEMO_CONTENT: 'never',
    LOG_LEVEL: 'warn',
    ...databaseEnv,
  });
}

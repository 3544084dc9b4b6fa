import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const secret = () => randomBytes(16).toString('base64');

/** Every key cms/.env may hold (cms/.env.example lists them all). */
function documentedKeys(): string[] {
  const example = readFileSync(path.resolve(__dirname, '..', '..', '.env.example'), 'utf8');
  return [...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1] as string);
}

/**
 * Secrets and switches a test Strapi needs, generated per process. Strapi also loads cms/.env (written by
 * `npm start`), but never over a variable that is already set, so every documented key is set here first —
 * to '' where the test has no value — and a developer's demo accounts or database never leak into a test.
 */
export function setTestEnv(overrides: Record<string, string>) {
  const blanks = Object.fromEntries(documentedKeys().map((key) => [key, '']));
  Object.assign(process.env, blanks, {
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
    EMAIL_LINK_SECRET: secret(),
    SEED_DEMO_CONTENT: 'never',
    LOG_LEVEL: 'warn',
    ...overrides,
  });
}

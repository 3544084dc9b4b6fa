import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDotenv, type EnvValues } from './dotenv';
import { randomApiToken } from './env-defaults';

const secret = () => randomBytes(18).toString('base64url');
/** Strapi's rule for admin passwords: 8+ characters with a lower-case letter, an upper-case letter and a digit. */
const password = () => `Tt1-${secret()}`;

function readEnvFile(file: string): EnvValues {
  return existsSync(file) ? parseDotenv(readFileSync(file, 'utf8')) : {};
}

/** Every key an app's .env.example documents, set to '' so the app's own .env cannot leak into a test. */
function blanksFor(exampleFile: string): EnvValues {
  return Object.fromEntries(Object.keys(readEnvFile(exampleFile)).map((key) => [key, '']));
}

export interface TestStackSettings {
  cmsPort: number;
  webPort: number;
  databaseFile: string;
  webDistDir: string;
}

export interface TestStackEnv {
  cms: NodeJS.ProcessEnv;
  web: NodeJS.ProcessEnv;
  admin: { email: string; password: string };
  moderator: { email: string; password: string };
  editor: { email: string; password: string };
  secrets: { revalidate: string; preview: string; previewToken: string; webToCms: string };
}

/**
 * Environments for a throw-away stack: fresh secrets and demo accounts, a temp database, its own ports.
 * Settings baked into the CMS admin build (PUBLIC_URL, STRAPI_ADMIN_*) are kept from cms/.env, so a test
 * run reuses the build `npm start` made instead of replacing it.
 */
export function testStackEnv(rootDir: string, settings: TestStackSettings): TestStackEnv {
  const cmsFile = readEnvFile(path.join(rootDir, 'cms/.env'));
  const bakedIntoBuild = Object.fromEntries(
    Object.entries(cmsFile).filter(([key]) => key === 'PUBLIC_URL' || key.startsWith('STRAPI_ADMIN_')),
  );
  const cmsUrl = `http://127.0.0.1:${settings.cmsPort}`;
  const webUrl = `http://127.0.0.1:${settings.webPort}`;
  const secrets = {
    revalidate: secret(),
    preview: secret(),
    previewToken: randomApiToken(),
    webToCms: secret(),
  };
  const admin = { email: 'e2e-admin@skinfacts.test', password: password() };
  const moderator = { email: 'e2e-moderator@skinfacts.test', password: password() };
  const editor = { email: 'e2e-editor@skinfacts.test', password: password() };

  const cms: NodeJS.ProcessEnv = {
    ...process.env,
    ...blanksFor(path.join(rootDir, 'cms/.env.example')),
    ...bakedIntoBuild,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(settings.cmsPort),
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    COMMENT_IP_SALT: secret(),
    EMAIL_LINK_SECRET: secret(),
    STRAPI_TELEMETRY_DISABLED: 'true',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: settings.databaseFile,
    SEED_DEMO_CONTENT: 'if-empty',
    SEED_ADMIN_EMAIL: admin.email,
    SEED_ADMIN_PASSWORD: admin.password,
    SEED_MODERATOR_EMAIL: moderator.email,
    SEED_MODERATOR_PASSWORD: moderator.password,
    SEED_EDITOR_EMAIL: editor.email,
    SEED_EDITOR_PASSWORD: editor.password,
    WEB_URL: webUrl,
    REVALIDATE_SECRET: secrets.revalidate,
    PREVIEW_SECRET: secrets.preview,
    CMS_PREVIEW_TOKEN: secrets.previewToken,
    WEB_TO_CMS_SECRET: secrets.webToCms,
    LOG_LEVEL: 'warn',
  };
  const web: NodeJS.ProcessEnv = {
    ...process.env,
    ...blanksFor(path.join(rootDir, 'web/.env.example')),
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: settings.webDistDir,
    CMS_URL: cmsUrl,
    SITE_URL: webUrl,
    REVALIDATE_SECRET: secrets.revalidate,
    PREVIEW_SECRET: secrets.preview,
    CMS_PREVIEW_TOKEN: secrets.previewToken,
    WEB_TO_CMS_SECRET: secrets.webToCms,
    // The browser tests play the proxy in front of the site: each visitor's X-Forwarded-For gives it its own
    // address (and so its own comment limits). Nothing else reaches this stack.
    TRUSTED_PROXIES: '127.0.0.1,::1',
    // The test sign-in provider serves commenters' pictures on loopback.
    AVATAR_ALLOWED_PRIVATE_ADDRESSES: '127.0.0.1,::1',
  };
  return { cms, web, admin, moderator, editor, secrets };
}

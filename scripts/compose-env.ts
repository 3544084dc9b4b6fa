/**
 * `npx tsx scripts/compose-env.ts`: create (or complete) the root .env that docker-compose.yml reads, with
 * fresh secrets. Existing values are kept. docker-compose sets the addresses and database settings itself.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { mergeDotenv } from './lib/dotenv';
import { cmsEnvDefaults, type EnvEntries } from './lib/env-defaults';

/** Keys docker-compose.yml sets per container, so they don't belong in the root .env. */
const SET_BY_COMPOSE = new Set([
  'HOST',
  'PORT',
  'PUBLIC_URL',
  'DATABASE_CLIENT',
  'WEB_URL',
  'STRAPI_TELEMETRY_DISABLED',
]);

export function composeEnvDefaults(): EnvEntries {
  return [
    ['POSTGRES_USER', 'skinfacts'],
    // base64url: safe inside DATABASE_URL without escaping.
    ['POSTGRES_PASSWORD', randomBytes(24).toString('base64url')],
    ['POSTGRES_DB', 'skinfacts'],
    ['CMS_PUBLIC_URL', 'http://localhost:1337'],
    ['SITE_URL', 'http://localhost:3000'],
    ...cmsEnvDefaults().filter(([key]) => !SET_BY_COMPOSE.has(key)),
  ];
}

if (require.main === module) {
  const file = path.resolve(__dirname, '..', '.env');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const merged = mergeDotenv(before, composeEnvDefaults());
  if (merged.added.length > 0) writeFileSync(file, merged.text, { mode: 0o600 });
  process.stdout.write(
    merged.added.length > 0 ? `.env: added ${merged.added.join(', ')}\n` : '.env: complete\n',
  );
}

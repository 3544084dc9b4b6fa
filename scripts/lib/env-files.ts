import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mergeDotenv, type EnvValues } from './dotenv';
import { cmsEnvDefaults, mismatchedSecrets, webEnvDefaults } from './env-defaults';

export interface EnvFilesResult {
  cms: EnvValues;
  web: EnvValues;
  /** Human-readable lines describing what was created or extended. */
  report: string[];
  /** Shared secrets whose values differ between the two files. */
  mismatches: string[];
}

function ensureFile(
  file: string,
  wanted: Array<[string, string]>,
  label: string,
  createdNote: string,
  report: string[],
): EnvValues {
  const existed = existsSync(file);
  const before = existed ? readFileSync(file, 'utf8') : '';
  const merged = mergeDotenv(before, wanted);
  if (merged.added.length > 0) {
    writeFileSync(file, merged.text, { mode: 0o600 });
    report.push(
      existed ? `${label}: added ${merged.added.join(', ')}` : `${label}: created (${createdNote})`,
    );
  } else {
    report.push(`${label}: complete`);
  }
  return merged.values;
}

/**
 * Create cms/.env and web/.env, or add the keys they lack. Existing values are never changed; a shared
 * secret that differs between the two files is reported so the caller can refuse to start.
 */
export function ensureEnvFiles(rootDir: string): EnvFilesResult {
  const report: string[] = [];
  const cms = ensureFile(
    path.join(rootDir, 'cms', '.env'),
    cmsEnvDefaults(),
    'cms/.env',
    'fresh secrets and demo passwords',
    report,
  );
  const web = ensureFile(
    path.join(rootDir, 'web', '.env'),
    webEnvDefaults(cms),
    'web/.env',
    'shared secrets copied from cms/.env',
    report,
  );
  return { cms, web, report, mismatches: mismatchedSecrets(cms, web) };
}

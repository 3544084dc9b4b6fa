import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCmsEnv } from '../../cms/src/env';
import { parseDotenv } from './dotenv';
import { cmsEnvDefaults, SHARED_SECRET_KEYS, webEnvDefaults } from './env-defaults';
import { ensureEnvFiles } from './env-files';
import { isStrongPassword } from './secrets';

let root: string;
const cmsFile = (): string => path.join(root, 'cms', '.env');
const webFile = (): string => path.join(root, 'web', '.env');

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'skinfacts-env-'));
  mkdirSync(path.join(root, 'cms'));
  mkdirSync(path.join(root, 'web'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('ensureEnvFiles', () => {
  it('creates both files with every key, and the shared secrets are equal', () => {
    const result = ensureEnvFiles(root);
    const cms = parseDotenv(readFileSync(cmsFile(), 'utf8'));
    const web = parseDotenv(readFileSync(webFile(), 'utf8'));
    expect(Object.keys(cms).sort()).toEqual(
      cmsEnvDefaults()
        .map(([key]) => key)
        .sort(),
    );
    expect(Object.keys(web).sort()).toEqual(
      webEnvDefaults(cms)
        .map(([key]) => key)
        .sort(),
    );
    for (const key of SHARED_SECRET_KEYS) {
      expect(cms[key]).toBeTruthy();
      expect(web[key]).toBe(cms[key]);
    }
    expect(cms.DATABASE_CLIENT).toBe('sqlite');
    expect(cms.APP_KEYS?.split(',')).toHaveLength(4);
    expect(web.CMS_URL).toBe('http://127.0.0.1:1337');
    expect(web.CMS_PUBLIC_URL).toBe(cms.PUBLIC_URL);
    // An AES-256 key, as Next wants it for NEXT_SERVER_ACTIONS_ENCRYPTION_KEY.
    expect(Buffer.from(web.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? '', 'base64')).toHaveLength(32);
    expect(result.mismatches).toEqual([]);
  });

  it('writes every secret without which a production CMS refuses to start', () => {
    ensureEnvFiles(root);
    const cms = parseDotenv(readFileSync(cmsFile(), 'utf8'));
    expect(cms.EMAIL_LINK_SECRET?.length).toBeGreaterThanOrEqual(32);
    expect(() => parseCmsEnv({ ...cms, NODE_ENV: 'production' })).not.toThrow();
    expect(() => parseCmsEnv({ ...cms, NODE_ENV: 'production', EMAIL_LINK_SECRET: '' })).toThrow(
      /EMAIL_LINK_SECRET is not set/,
    );
  });

  it('generates demo passwords that Strapi accepts', () => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      rmSync(cmsFile(), { force: true });
      const { cms } = ensureEnvFiles(root);
      expect(isStrongPassword(cms.SEED_ADMIN_PASSWORD ?? '')).toBe(true);
      expect(isStrongPassword(cms.SEED_MODERATOR_PASSWORD ?? '')).toBe(true);
      expect(isStrongPassword(cms.SEED_EDITOR_PASSWORD ?? '')).toBe(true);
      expect(cms.SEED_EDITOR_EMAIL).toBe('editor@skinfacts.local');
      expect(cms.SEED_ADMIN_PASSWORD).not.toBe(cms.SEED_MODERATOR_PASSWORD);
      expect(cms.SEED_EDITOR_PASSWORD).not.toBe(cms.SEED_ADMIN_PASSWORD);
    }
  });

  it('adds missing keys to existing files without changing existing values', () => {
    writeFileSync(cmsFile(), 'PORT=4000\nREVALIDATE_SECRET=mine\n');
    writeFileSync(webFile(), '# keep me\nSITE_URL=https://example.test\n');
    ensureEnvFiles(root);
    const cmsText = readFileSync(cmsFile(), 'utf8');
    const webText = readFileSync(webFile(), 'utf8');
    expect(cmsText.startsWith('PORT=4000\nREVALIDATE_SECRET=mine\n')).toBe(true);
    expect(webText.startsWith('# keep me\nSITE_URL=https://example.test\n')).toBe(true);
    expect(parseDotenv(webText).REVALIDATE_SECRET).toBe('mine');
    expect(parseDotenv(cmsText).JWT_SECRET).toBeTruthy();
  });

  it('changes nothing on a second run', () => {
    ensureEnvFiles(root);
    const before = [readFileSync(cmsFile(), 'utf8'), readFileSync(webFile(), 'utf8')];
    const second = ensureEnvFiles(root);
    expect([readFileSync(cmsFile(), 'utf8'), readFileSync(webFile(), 'utf8')]).toEqual(before);
    expect(second.report).toEqual(['cms/.env: complete', 'web/.env: complete']);
  });

  it('reports shared secrets that differ instead of overwriting them', () => {
    ensureEnvFiles(root);
    writeFileSync(
      webFile(),
      readFileSync(webFile(), 'utf8').replace(/^PREVIEW_SECRET=.*$/m, 'PREVIEW_SECRET=x'),
    );
    const result = ensureEnvFiles(root);
    expect(result.mismatches).toEqual(['PREVIEW_SECRET']);
    expect(parseDotenv(readFileSync(webFile(), 'utf8')).PREVIEW_SECRET).toBe('x');
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decideBuild } from './build';
import { selectBuildEnv } from './build-env';
import { hashBuildInputs, writeStamp } from './build-stamp';
import { stampFile, WORKSPACES } from './workspaces';

describe('selectBuildEnv', () => {
  const spec = { keys: ['PUBLIC_URL'], prefixes: ['STRAPI_ADMIN_'] };

  it('keeps only baked-in keys, with the process environment winning over the file', () => {
    const selected = selectBuildEnv(
      spec,
      { PUBLIC_URL: 'http://file', APP_KEYS: 'secret', STRAPI_ADMIN_X: 'file' },
      { PUBLIC_URL: 'http://process', PATH: '/bin', STRAPI_ADMIN_Y: 'y' },
    );
    expect(selected).toEqual({ PUBLIC_URL: 'http://process', STRAPI_ADMIN_X: 'file', STRAPI_ADMIN_Y: 'y' });
  });

  it('changes the build hash when a baked-in value changes', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'skinfacts-env-hash-'));
    try {
      const inputs = { dirs: [], files: [] };
      const a = hashBuildInputs(root, inputs, selectBuildEnv(spec, { PUBLIC_URL: 'a' }, {}));
      const b = hashBuildInputs(root, inputs, selectBuildEnv(spec, { PUBLIC_URL: 'b' }, {}));
      const secretOnly = hashBuildInputs(
        root,
        inputs,
        selectBuildEnv(spec, { PUBLIC_URL: 'a', JWT: 'x' }, {}),
      );
      expect(a).not.toBe(b);
      expect(secretOnly).toBe(a);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('decideBuild', () => {
  let root: string;
  const web = WORKSPACES.web;

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'skinfacts-decide-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('builds when there is no stamp', () => {
    expect(decideBuild(root, web, 'h1')).toEqual({ build: true, reason: 'no finished build found' });
  });

  it('builds when the stamp holds another hash', () => {
    writeStamp(stampFile(root, web), 'old');
    expect(decideBuild(root, web, 'new')).toEqual({ build: true, reason: 'sources or settings changed' });
  });

  it('builds when an expected output is gone, and skips when everything matches', () => {
    writeStamp(stampFile(root, web), 'h1');
    expect(decideBuild(root, web, 'h1')).toEqual({ build: true, reason: 'web/.next/BUILD_ID is missing' });
    mkdirSync(path.join(root, 'web/.next'), { recursive: true });
    writeFileSync(path.join(root, 'web/.next/BUILD_ID'), 'abc');
    expect(decideBuild(root, web, 'h1')).toEqual({ build: false });
  });
});

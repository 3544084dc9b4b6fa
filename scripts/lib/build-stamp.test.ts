import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hashBuildInputs, readStamp, writeStamp, type BuildInputs } from './build-stamp';
import { listInputFiles } from './input-files';

let root: string;
const inputs: BuildInputs = { dirs: ['cms'], files: ['package-lock.json'] };

function put(relative: string, content: string): void {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'skinfacts-stamp-'));
  put('package-lock.json', '{}');
  put('cms/package.json', '{"name":"cms"}');
  put('cms/src/index.ts', 'export {};');
  put('cms/config/server.ts', 'export default {};');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('hashBuildInputs', () => {
  it('is stable while nothing changes', () => {
    expect(hashBuildInputs(root, inputs)).toBe(hashBuildInputs(root, inputs));
  });

  it.each([
    ['a source file is edited', () => put('cms/src/index.ts', 'export const x = 1;')],
    ['a source file is added', () => put('cms/src/api/new.ts', 'export {};')],
    ['a config file is edited', () => put('cms/config/server.ts', 'export default { x: 1 };')],
    ['the lockfile changes', () => put('package-lock.json', '{"lockfileVersion":3}')],
    ['a file is removed', () => rmSync(path.join(root, 'cms/config/server.ts'))],
  ])('changes when %s', (_label, change) => {
    const before = hashBuildInputs(root, inputs);
    change();
    expect(hashBuildInputs(root, inputs)).not.toBe(before);
  });

  it('changes when a file is renamed with the same content', () => {
    const before = hashBuildInputs(root, inputs);
    rmSync(path.join(root, 'cms/src/index.ts'));
    put('cms/src/main.ts', 'export {};');
    expect(hashBuildInputs(root, inputs)).not.toBe(before);
  });

  it('ignores installs, build output, runtime data, secrets and tests', () => {
    const before = hashBuildInputs(root, inputs);
    put('cms/node_modules/pkg/index.js', 'x');
    put('cms/dist/src/index.js', 'x');
    put('cms/.next/BUILD_ID', 'x');
    put('cms/.tmp/data.db', 'x');
    put('cms/.strapi/client/app.js', 'x');
    put('cms/public/uploads/photo.jpg', 'x');
    put('cms/types/generated/contentTypes.d.ts', 'x');
    put('cms/.env', 'SECRET=x');
    put('cms/src/index.test.ts', 'test');
    put('cms/tests/api.int.test.ts', 'test');
    put('cms/next-env.d.ts', 'x');
    put('cms/.strapi-updater.json', '{}');
    expect(hashBuildInputs(root, inputs)).toBe(before);
  });

  it('still counts public files other than uploads', () => {
    const before = hashBuildInputs(root, inputs);
    put('cms/public/robots.txt', 'User-agent: *');
    expect(hashBuildInputs(root, inputs)).not.toBe(before);
  });

  it('treats a missing directory or file as input too', () => {
    const withMissing = { dirs: ['cms', 'absent'], files: ['package-lock.json', 'nope.json'] };
    expect(() => hashBuildInputs(root, withMissing)).not.toThrow();
    expect(hashBuildInputs(root, withMissing)).not.toBe(hashBuildInputs(root, inputs));
  });
});

describe('listInputFiles', () => {
  it('lists sorted relative POSIX paths', () => {
    expect(listInputFiles(path.join(root, 'cms'))).toEqual([
      'config/server.ts',
      'package.json',
      'src/index.ts',
    ]);
  });
});

describe('stamps', () => {
  it('reads back what was written, and null when absent', () => {
    const stamp = path.join(root, 'cms/dist/.skinfacts-build-stamp');
    expect(readStamp(stamp)).toBeNull();
    writeStamp(stamp, 'abc');
    expect(readStamp(stamp)).toBe('abc');
  });
});

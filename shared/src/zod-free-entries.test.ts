/**
 * The entries browser code may import (package.json "exports"; lint keeps browser code to them) must not
 * load zod, or every treatment and article page would ship it.
 */
const ZOD_FREE_ENTRIES = [
  './limits',
  './slug',
  './site-routes',
  './problems',
  './readiness',
  './readiness-format',
  './headers',
];

/** Loads an entry in a fresh module registry and says whether anything it pulled in required `module`. */
function loads(entry: string, module: string): boolean {
  let loaded = false;
  jest.isolateModules(() => {
    jest.doMock(module, () => {
      loaded = true;
      return jest.requireActual<object>(module);
    });
    jest.requireActual(entry);
  });
  return loaded;
}

const loadsZod = (entry: string) => loads(entry, 'zod');

describe('zod-free entries', () => {
  it.each(ZOD_FREE_ENTRIES)('%s loads without zod', (entry) => {
    expect(loadsZod(entry)).toBe(false);
  });

  it('tells: the main entry does load zod', () => {
    expect(loadsZod('./index')).toBe(true);
  });
});

/**
 * Server-only entries (node:crypto) stay out of every entry browser code may load, the main one included
 * (the comment form loads it on demand).
 */
describe('server-only entries', () => {
  it.each([...ZOD_FREE_ENTRIES, './index'])('%s loads without node:crypto', (entry) => {
    expect(loads(entry, 'node:crypto')).toBe(false);
  });

  it('tells: ./preview-link does load node:crypto', () => {
    expect(loads('./preview-link', 'node:crypto')).toBe(true);
  });
});

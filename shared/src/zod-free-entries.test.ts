/**
 * The entries browser code may import (package.json "exports"; lint keeps browser code to them) must not
 * load zod, or every treatment and article page would ship it.
 */
const ZOD_FREE_ENTRIES = ['./limits', './slug', './readiness', './readiness-format'];

/** Loads an entry in a fresh module registry and says whether anything it pulled in required zod. */
function loadsZod(entry: string): boolean {
  let loaded = false;
  jest.isolateModules(() => {
    jest.doMock('zod', () => {
      loaded = true;
      return jest.requireActual<typeof import('zod')>('zod');
    });
    jest.requireActual(entry);
  });
  return loaded;
}

describe('zod-free entries', () => {
  it.each(ZOD_FREE_ENTRIES)('%s loads without zod', (entry) => {
    expect(loadsZod(entry)).toBe(false);
  });

  it('tells: the main entry does load zod', () => {
    expect(loadsZod('./index')).toBe(true);
  });
});

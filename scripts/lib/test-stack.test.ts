import { TEST_WEB_DIST_DIR, testWebDistDir } from './test-stack';

describe('testWebDistDir', () => {
  it('is .next-test unless E2E_WEB_DIST_DIR names another .next-* directory', () => {
    expect(testWebDistDir({})).toBe(TEST_WEB_DIST_DIR);
    expect(testWebDistDir({ E2E_WEB_DIST_DIR: '' })).toBe(TEST_WEB_DIST_DIR);
    expect(testWebDistDir({ E2E_WEB_DIST_DIR: '.next-outage' })).toBe('.next-outage');
  });

  it.each(['.next', 'build', '../.next-x', '.next-a/b'])(
    'refuses %s, which could replace what npm start serves or leave the ignored build directories',
    (dir) => {
      expect(() => testWebDistDir({ E2E_WEB_DIST_DIR: dir })).toThrow(/E2E_WEB_DIST_DIR/);
    },
  );
});

/**
 * Browser tests: the real stack (scripts/lib/test-stack.ts) driven by Debian's Chromium through playwright-core.
 * Run with `npm run test:e2e` from the repository root.
 */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  globalSetup: '<rootDir>/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/helpers/global-teardown.ts',
  testTimeout: 60_000,
  // One browser and one stack: tests share the seeded data, so they run one file at a time.
  maxWorkers: 1,
};

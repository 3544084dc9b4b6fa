/**
 * The site at scale: several instances of the real built site sharing their cache in Redis (and a stand-in
 * edge for purges), on the stack of scripts/lib/test-stack.ts. Run with `npm run test:scale:site` from the
 * repository root; needs Redis on 127.0.0.1:6379 (REDIS_URL to use another).
 */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.scale.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  globalSetup: '<rootDir>/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/helpers/global-teardown.ts',
  testTimeout: 90_000,
  // One stack: tests share its content and its Redis link, so they run one file at a time.
  maxWorkers: 1,
};

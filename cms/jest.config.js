/** CMS tests start a real Strapi (compiled once in global-setup) on a temp SQLite file or PostgreSQL database. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
  // A guard against hangs, not a speed target: booting Strapi on a loaded 2-core machine can take a minute.
  testTimeout: 180_000,
  // Each integration file boots its own Strapi; two at a time suits a 2-core machine.
  maxWorkers: 2,
};

/**
 * `npm run test:scale`: the cluster of `npm run start:cluster` (Varnish, HAProxy, two site and two CMS
 * instances, PostgreSQL, Redis) on free ports, and what must hold while instances come and go.
 */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.scale.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  testTimeout: 240_000,
  // Each file starts one cluster and its tests change it in turn (they kill instances, cut Redis).
  maxWorkers: 1,
};

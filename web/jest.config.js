const path = require('node:path');
const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: __dirname });

/** web's own copy of a package: the root node_modules may hold the CMS's React 18. */
function ownPackageDir(name) {
  return path.dirname(require.resolve(`${name}/package.json`, { paths: [__dirname] }));
}

const reactDir = ownPackageDir('react');
const reactDomDir = ownPackageDir('react-dom');

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/.next/', '<rootDir>/e2e/'],
  moduleNameMapper: {
    '^react$': reactDir,
    '^react/(.*)$': `${reactDir}/$1`,
    '^react-dom$': reactDomDir,
    '^react-dom/(.*)$': `${reactDomDir}/$1`,
    // `server-only` throws outside a server bundle; in tests it is an empty module.
    '^server-only$': '<rootDir>/src/test/empty-module.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
};

module.exports = createJestConfig(config);

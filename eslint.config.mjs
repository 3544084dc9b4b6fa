// Flat config for the whole monorepo: `eslint .` from the root (part of `npm run check`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];

/** Globals of Node's CommonJS wrapper, for *.js/*.cjs config files (jest.config.js and friends). */
const commonjsGlobals = {
  require: 'readonly',
  module: 'writable',
  exports: 'writable',
  __dirname: 'readonly',
  __filename: 'readonly',
  process: 'readonly',
  console: 'readonly',
};

/** Globals that ESM config files (*.mjs) and Node scripts may use. */
const nodeGlobals = { process: 'readonly', console: 'readonly', URL: 'readonly' };

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.next/**',
      '**/.next-*/**',
      '**/coverage/**',
      'cms/.strapi/**',
      'cms/.tmp/**',
      'cms/.cache/**',
      'cms/build/**',
      'cms/types/generated/**',
      'cms/public/**',
      'web/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: TS_FILES })),
  {
    files: TS_FILES,
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Browser code on every treatment and article page. @skinfacts/shared's main entry carries all of zod
    // (about 100 KB gzipped); these modules take its zod-free parts (limits, slug, site-routes, problems, readiness, readiness-format) or its types.
    // The comment form's validation loads zod on demand, from comment-schemas.ts alone.
    files: ['web/src/components/readiness/**', 'web/src/lib/readiness/**', 'web/src/components/comments/**'],
    ignores: ['web/src/components/comments/comment-schemas.ts', '**/*.test.{ts,tsx}', '**/__fixtures__/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@skinfacts/shared',
              allowTypeImports: true,
              message:
                'Import values from @skinfacts/shared/limits, /slug, /site-routes, /problems, /readiness or /readiness-format: the main entry ships zod to the browser.',
            },
            { name: 'zod', message: 'zod is loaded on demand in the browser (see comment-schemas.ts).' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: commonjsGlobals },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: nodeGlobals },
  },
);

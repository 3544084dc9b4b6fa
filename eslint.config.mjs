// Flat config for the whole monorepo: `eslint .` from the root (part of `npm run check`).
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];
/**
 * The site's plain-JavaScript server (web/server.js, the front door it loads from src/lib/http/, and the cache
 * handler and xkey header in src/lib/cache/) runs under
 * plain `node`, but every file starts with `// @ts-check` and types itself with JSDoc, and web/tsconfig.json
 * includes them: so they are type-checked, and linted with the type-checked rules, like the TypeScript.
 */
const TYPED_JS_FILES = ['web/server.js', 'web/src/lib/http/**/*.js', 'web/src/lib/cache/**/*.js'];
const TYPED_FILES = [...TS_FILES, ...TYPED_JS_FILES];
const TEST_FILES = [
  '**/*.test.{ts,tsx}',
  '**/*.int.test.{ts,tsx}',
  '**/__fixtures__/**',
  'web/e2e/**',
  'web/scale/**',
];

/**
 * The TypeScript projects the type-checked rules read. Listed rather than found by `projectService`, which
 * only ever picks the nearest tsconfig.json: the CMS's tests and scripts live only in cms/tsconfig.test.json
 * (cms/tsconfig.json is the one Strapi compiles, without them).
 */
const TS_PROJECTS = [
  './cms/tsconfig.test.json',
  './cms/src/admin/tsconfig.json',
  './web/tsconfig.json',
  './shared/tsconfig.json',
  './scripts/tsconfig.json',
];

/** Globals of Node's CommonJS wrapper, for *.js/*.cjs files (jest.config.js and friends, web/server.js). */
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

/**
 * Every module that can end up in the browser: each `'use client'` component and hook, and whatever they
 * import (`grep -rl "'use client'" web/src` lists the entry points; the folders below hold them and their
 * imports). @skinfacts/shared's main entry carries all of zod (about 100 KB gzipped), so these modules take its
 * zod-free parts (limits, slug, readiness, readiness-format) or its types, and load zod on demand from a
 * `*-schemas.ts` module (comment-schemas.ts, moderation-schemas.ts) through a dynamic `import()`.
 */
const BROWSER_FILES = [
  'web/src/app/error.tsx',
  'web/src/app/global-error.tsx',
  'web/src/components/**',
  'web/src/lib/readiness/**',
  'web/src/lib/query/**',
  'web/src/lib/comments/{autolink,own-comments-store,remember-me,threading}.ts',
  'web/src/lib/format-date.ts',
];
/**
 * Server Components and their helpers among BROWSER_FILES' folders, which no `'use client'` module imports:
 * they render on the server only, so they may take values from @skinfacts/shared's main entry.
 */
const SERVER_ONLY_IN_BROWSER_FOLDERS = [
  'web/src/components/article/medical-review-note.tsx',
  'web/src/components/blocks/normalize-blocks.ts',
];
const LAZY_SCHEMA_MODULES = ['web/src/components/**/*-schemas.ts'];

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
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: TYPED_FILES })),
  {
    files: TYPED_FILES,
    languageOptions: {
      parserOptions: { project: TS_PROJECTS, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // CommonJS with JSDoc types: `require` is how it imports.
    files: TYPED_JS_FILES,
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Small files: past 300 lines a file is split by concern. Blank lines and comments don't
    // count, so a well-documented module is not pushed to split; tests are held to the same limit.
    files: [...TYPED_FILES, '**/*.{js,cjs,mjs}'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@next/next': nextPlugin },
    settings: { next: { rootDir: 'web/' } },
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
    },
  },
  {
    files: BROWSER_FILES,
    ignores: [...SERVER_ONLY_IN_BROWSER_FOLDERS, ...LAZY_SCHEMA_MODULES, ...TEST_FILES],
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
            {
              name: 'zod',
              allowTypeImports: true,
              message:
                'zod is loaded on demand in the browser, from a *-schemas.ts module (see comment-schemas.ts).',
            },
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
  {
    // Config files (jest.config.js, this file): a few lines of settings each, in no TypeScript project.
    files: ['**/*.{js,cjs,mjs}'],
    ignores: TYPED_JS_FILES,
    ...tseslint.configs.disableTypeChecked,
  },
);

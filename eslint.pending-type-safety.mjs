/**
 * Files not yet held to the type-checked rules below. When the type-checked lint arrived (issue 11) these
 * files still read Strapi's and supertest's `any`-typed values unchecked: 561 findings, almost all in the
 * CMS and its tests. Each file leaves this list when it is fixed (parse with the shared zod schemas, or type
 * Strapi's services); the list only ever shrinks. `npx eslint . --rule ...` with the list emptied shows what is left.
 */
export const PENDING_FILES = [
  'cms/tests/form-token-uses.int.test.ts',
  'cms/tests/http-request-bodies.int.test.ts',
  'cms/tests/roles-and-accounts.int.test.ts',
  'cms/tests/seed.int.test.ts',
];

export const PENDING_RULES = Object.fromEntries(
  [
    '@typescript-eslint/no-base-to-string',
    '@typescript-eslint/no-unnecessary-type-assertion',
    '@typescript-eslint/no-unsafe-argument',
    '@typescript-eslint/no-unsafe-assignment',
    '@typescript-eslint/no-unsafe-call',
    '@typescript-eslint/no-unsafe-member-access',
    '@typescript-eslint/no-unsafe-return',
    '@typescript-eslint/require-await',
  ].map((rule) => [rule, 'off']),
);

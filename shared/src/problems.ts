import type { z } from 'zod';

/**
 * Wording for zod's errors, written once for the site, the CMS and the browser. Only zod's types are
 * imported, so this module loads no zod (@skinfacts/shared/problems).
 */
type Issue = z.ZodError['issues'][number];

/** The dotted path of an issue ("precautions.0.windowValue"), or '' for the root. */
export function issuePath(issue: Issue): string {
  return issue.path.map((segment) => String(segment)).join('.');
}

/** Every dotted path with a problem, once each, "(root)" for the value as a whole: for logs and error names. */
export function issuePaths(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((issue) => issuePath(issue) || '(root)'))];
}

/** The issues as Strapi's ValidationError details list them: `[{ path: ['items', '1'], message }]`. */
export function issueList(error: z.ZodError): Array<{ path: string[]; message: string }> {
  return error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
}

/** The first issue's message, for a form or a route that answers one sentence; `fallback` when there is none. */
export function firstIssueMessage(error: z.ZodError, fallback: string): string {
  return error.issues[0]?.message ?? fallback;
}

/** One readable sentence per issue; the schemas' own messages already name their field. */
export function issueMessages(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return `Unknown field(s): ${issue.keys.join(', ')}`;
    return issue.message;
  });
}

/** The key fieldErrors uses for problems that belong to no single field. */
export const FORM_ERROR_KEY = '_';

/**
 * Groups a ZodError's messages by field path, for showing them next to form fields:
 * `{ authorEmail: ['Please enter a valid email address'], 'parent': [...] }`.
 * Problems with the value as a whole — including unknown keys, reported as
 * "Unknown field(s): moderationStatus, ipHash" — go under FORM_ERROR_KEY ('_').
 */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  const messages = issueMessages(error);
  error.issues.forEach((issue, index) => {
    const key = issuePath(issue) || FORM_ERROR_KEY;
    const message = messages[index] ?? issue.message;
    (grouped[key] ??= []).push(message);
  });
  return grouped;
}

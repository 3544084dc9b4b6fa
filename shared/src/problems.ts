import type { z } from 'zod';

/** The dotted path of an issue ("precautions.0.windowValue"), or '' for the root. */
type Issue = z.ZodError['issues'][number];

export function issuePath(issue: Issue): string {
  return issue.path.map((segment) => String(segment)).join('.');
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

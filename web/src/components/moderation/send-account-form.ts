import { errorMessageOf, fetchJson } from '@/lib/http/fetch-json';

/** What the site's account routes (password forgot/reset) answer: an error for the form and errors per field. */
export type AccountFormAnswer = {
  ok: boolean;
  error?: string;
  fieldErrors: Record<string, string[]>;
  /** Set when the answer logged the person in (a moderator's password reset). */
  loggedIn: boolean;
};

const fieldErrorsOf = (body: unknown): Record<string, string[]> =>
  typeof body === 'object' && body !== null && 'fieldErrors' in body && typeof body.fieldErrors === 'object'
    ? (body.fieldErrors as Record<string, string[]>)
    : {};

/** POSTs a form's fields as JSON to one of the site's routes; a network failure reads as an error too. */
export async function sendAccountForm(
  url: string,
  fields: Record<string, string>,
): Promise<AccountFormAnswer> {
  try {
    const { ok, body } = await fetchJson(url, { method: 'POST', body: JSON.stringify(fields) });
    return {
      ok,
      error: ok ? undefined : (errorMessageOf(body) ?? 'That did not work. Try again.'),
      fieldErrors: fieldErrorsOf(body),
      loggedIn: ok && typeof body === 'object' && body !== null && 'data' in body && body.data !== null,
    };
  } catch {
    return {
      ok: false,
      error: 'The site could not be reached. Try again.',
      fieldErrors: {},
      loggedIn: false,
    };
  }
}

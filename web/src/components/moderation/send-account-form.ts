/** What the site's account routes (login, password) answer: an error for the form and errors per field. */
export type AccountFormAnswer = {
  ok: boolean;
  error?: string;
  fieldErrors: Record<string, string[]>;
  /** Set when the answer logged the person in (a moderator's password reset). */
  loggedIn: boolean;
};

function readAnswer(body: unknown, ok: boolean): AccountFormAnswer {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  return {
    ok,
    error: typeof record.error === 'string' ? record.error : ok ? undefined : 'That did not work. Try again.',
    fieldErrors:
      typeof record.fieldErrors === 'object' && record.fieldErrors !== null
        ? (record.fieldErrors as Record<string, string[]>)
        : {},
    loggedIn: ok && typeof record.data === 'object' && record.data !== null,
  };
}

/** POSTs a form's fields as JSON to one of the site's routes; a network failure reads as an error too. */
export async function sendAccountForm(
  url: string,
  fields: Record<string, string>,
): Promise<AccountFormAnswer> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(fields),
    });
    return readAnswer(await response.json().catch(() => null), response.ok);
  } catch {
    return {
      ok: false,
      error: 'The site could not be reached. Try again.',
      fieldErrors: {},
      loggedIn: false,
    };
  }
}

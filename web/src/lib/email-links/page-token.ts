import { emailLinkPageQuerySchema } from '@skinfacts/shared';

/**
 * The token of a mail link's page (/email/confirm, /email/unsubscribe), or null when the address is not one the
 * CMS mails: a token of another shape, a repeated `token`, or any parameter but `token` and `done`.
 */
export function pageToken(query: Record<string, string | string[] | undefined>): string | null {
  const parsed = emailLinkPageQuerySchema.safeParse(query);
  return parsed.success ? (parsed.data.token ?? null) : null;
}

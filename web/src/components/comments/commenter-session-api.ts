import { queryOptions } from '@tanstack/react-query';
import { fetchJson, errorMessageOf } from '@/lib/http/fetch-json';

/** Who is commenting, as GET /api/auth/session tells the form after the page has loaded. */
export type CommenterSession = {
  providers: Array<{ id: string; label: string }>;
  account: { displayName: string; providerLabel: string; avatarUrl: string | null } | null;
  problem: string | null;
};

const EMPTY: CommenterSession = { providers: [], account: null, problem: null };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** Checked by hand, so a reader who never signs in does not load zod for it. */
function toSession(body: unknown): CommenterSession {
  if (!isRecord(body)) return EMPTY;
  const providers = Array.isArray(body.providers)
    ? body.providers.flatMap((entry) => {
        const id = isRecord(entry) ? text(entry.id) : null;
        const label = isRecord(entry) ? text(entry.label) : null;
        return id && label ? [{ id, label }] : [];
      })
    : [];
  const account = isRecord(body.account) ? body.account : null;
  const displayName = text(account?.displayName);
  const providerLabel = text(account?.providerLabel);
  return {
    providers,
    account:
      displayName && providerLabel
        ? { displayName, providerLabel, avatarUrl: text(account?.avatarUrl) }
        : null,
    problem: text(body.problem),
  };
}

export const commenterSessionKey = [{ scope: 'commenter-session' }] as const;

/** Without the site's answer the form is the guest form: a sign-in that cannot be checked is not offered. */
export const commenterSessionQuery = queryOptions({
  queryKey: commenterSessionKey,
  queryFn: async (): Promise<CommenterSession> => {
    const answer = await fetchJson('/api/auth/session').catch(() => null);
    return answer?.ok ? toSession(answer.body) : EMPTY;
  },
  staleTime: Infinity,
  refetchOnWindowFocus: false,
});

/** POST to one of the sign-in routes; resolves with the refusal's message, or null when it worked. */
export async function postAuth(
  path: '/api/auth/sign-out' | '/api/auth/delete-account',
): Promise<string | null> {
  const answer = await fetchJson(path, { method: 'POST', body: '{}' }).catch(() => null);
  if (!answer) return 'We could not reach Skinfacts. Check your connection and try again.';
  return answer.ok ? null : (errorMessageOf(answer.body) ?? 'That did not work. Please try again.');
}

const draftKey = (article: string) => `skinfacts:comment-draft:${article}`;

/** What the visitor typed, kept for the round trip to the provider (this tab only). */
export function saveDraft(article: string, body: string) {
  try {
    if (body) window.sessionStorage.setItem(draftKey(article), body);
  } catch {
    // Storage refused (private mode): the text is lost on sign-in, nothing else breaks.
  }
}

/** The kept text, once: it is forgotten as it is restored. */
export function takeDraft(article: string): string | null {
  try {
    const body = window.sessionStorage.getItem(draftKey(article));
    window.sessionStorage.removeItem(draftKey(article));
    return body;
  } catch {
    return null;
  }
}

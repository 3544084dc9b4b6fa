import { queryOptions } from '@tanstack/react-query';
import type { ModerationStatus, ModeratedComment, ModerationQueue } from '@skinfacts/shared';
import { errorMessageOf, fetchJson } from '@/lib/http/fetch-json';

/** Query keys as objects, so one prefix (`moderationKeys.all`) invalidates every page of the queue. */
export const moderationKeys = {
  all: [{ scope: 'moderation' }] as const,
  queue: (moderationStatus: ModerationStatus, page: number, account: string | null = null) =>
    [{ scope: 'moderation', moderationStatus, page, account }] as const,
  comment: (documentId: string) => [{ scope: 'moderation', comment: documentId }] as const,
  mails: [{ scope: 'moderation', mails: 'own' }] as const,
};

/** The zod schemas, in their own chunk: fetched the first time a call needs them. */
export const loadModerationSchemas = () => import('./moderation-schemas');

export class ModerationRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function call(path: string, init?: RequestInit): Promise<unknown> {
  const { ok, status, body } = await fetchJson(path, init);
  if (!ok)
    throw new ModerationRequestError(status, errorMessageOf(body) ?? `The request failed (${status}).`);
  return body;
}

/** One page of a status's queue; with `account`, only that commenter account's comments. */
export const queueQuery = (moderationStatus: ModerationStatus, page: number, account: string | null = null) =>
  queryOptions({
    queryKey: moderationKeys.queue(moderationStatus, page, account),
    queryFn: async (): Promise<ModerationQueue> => {
      const search = new URLSearchParams({ status: moderationStatus, page: String(page) });
      if (account) search.set('account', account);
      const [{ moderationQueueSchema }, body] = await Promise.all([
        loadModerationSchemas(),
        call(`/api/moderation/comments?${search.toString()}`),
      ]);
      return moderationQueueSchema.parse(body);
    },
  });

export async function decide(documentId: string, moderationStatus: ModerationStatus) {
  const body = await call(`/api/moderation/comments/${encodeURIComponent(documentId)}`, {
    method: 'PATCH',
    body: JSON.stringify({ moderationStatus }),
  });
  return (await loadModerationSchemas()).moderatedCommentAnswerSchema.parse(body).data;
}

export async function decideMany(documentIds: string[], moderationStatus: ModerationStatus) {
  await call('/api/moderation/comments/bulk', {
    method: 'POST',
    body: JSON.stringify({ documentIds, moderationStatus }),
  });
}

export async function reply(documentId: string, text: string): Promise<ModeratedComment> {
  const body = await call(`/api/moderation/comments/${encodeURIComponent(documentId)}/replies`, {
    method: 'POST',
    body: JSON.stringify({ body: text }),
  });
  return (await loadModerationSchemas()).moderatedCommentAnswerSchema.parse(body).data;
}

export async function logOut() {
  await call('/api/moderation/session', { method: 'DELETE' });
}

/** Dismisses every open report of the comment; answers how many. */
export async function dismissReports(documentId: string): Promise<void> {
  await call(`/api/moderation/comments/${encodeURIComponent(documentId)}/reports/dismiss`, {
    method: 'POST',
  });
}

export async function exportPersonalData(email: string): Promise<unknown> {
  const body = await call('/api/moderation/privacy/export', {
    method: 'POST',
    body: JSON.stringify({ email }),
  });
  return (await loadModerationSchemas()).privacyExportSchema.parse(body).data;
}

export async function erasePersonalData(email: string, comments: 'anonymise' | 'delete') {
  const body = await call('/api/moderation/privacy/erase', {
    method: 'POST',
    body: JSON.stringify({ email, comments }),
  });
  return (await loadModerationSchemas()).privacyEraseResultSchema.parse(body).data;
}

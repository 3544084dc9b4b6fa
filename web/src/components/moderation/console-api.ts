import { queryOptions } from '@tanstack/react-query';
import type { ModeratedAccount, ModeratedComment } from '@skinfacts/shared';
import { call, loadModerationSchemas, moderationKeys } from './queue-api';

/** The console's calls beyond the queue: one comment (a deep link), blocking accounts, the moderator's mails. */

export const commentQuery = (documentId: string) =>
  queryOptions({
    queryKey: moderationKeys.comment(documentId),
    queryFn: async (): Promise<ModeratedComment> => {
      const [{ moderatedCommentAnswerSchema }, body] = await Promise.all([
        loadModerationSchemas(),
        call(`/api/moderation/comments/${encodeURIComponent(documentId)}`),
      ]);
      return moderatedCommentAnswerSchema.parse(body).data;
    },
    // An unknown id stays unknown: say so at once rather than after retries.
    retry: false,
  });

export async function setAccountBlocked(documentId: string, blocked: boolean): Promise<ModeratedAccount> {
  const body = await call(`/api/moderation/accounts/${encodeURIComponent(documentId)}`, {
    method: 'PATCH',
    body: JSON.stringify({ blocked }),
  });
  return (await loadModerationSchemas()).moderatedAccountAnswerSchema.parse(body).data;
}

export const moderatorMailsQuery = () =>
  queryOptions({
    queryKey: moderationKeys.mails,
    queryFn: async (): Promise<boolean> => {
      const [{ moderatorMailsAnswerSchema }, body] = await Promise.all([
        loadModerationSchemas(),
        call('/api/moderation/me/mails'),
      ]);
      return moderatorMailsAnswerSchema.parse(body).data.moderatorMails;
    },
  });

export async function setModeratorMails(moderatorMails: boolean): Promise<boolean> {
  const body = await call('/api/moderation/me/mails', {
    method: 'PUT',
    body: JSON.stringify({ moderatorMails }),
  });
  return (await loadModerationSchemas()).moderatorMailsAnswerSchema.parse(body).data.moderatorMails;
}

import 'server-only';
import {
  moderatedAccountAnswerSchema,
  moderatedCommentAnswerSchema,
  moderatorMailsAnswerSchema,
} from '@skinfacts/shared';
import { cmsSend as send } from './send';

/** The moderation console's calls about one comment, commenter accounts and the moderator's own mails. */

/** GET /api/moderation/comments/:documentId — one comment whatever its status (the console's deep link). */
export async function getModeratedComment(jwt: string, documentId: string) {
  const path = `/api/moderation/comments/${encodeURIComponent(documentId)}`;
  return (await send(path, moderatedCommentAnswerSchema, { jwt })).data;
}

/** PATCH /api/moderation/accounts/:documentId `{ blocked }` */
export async function setAccountBlocked(jwt: string, documentId: string, blocked: boolean) {
  const path = `/api/moderation/accounts/${encodeURIComponent(documentId)}`;
  return (await send(path, moderatedAccountAnswerSchema, { method: 'PATCH', jwt, body: { blocked } })).data;
}

/** GET /api/moderation/me/mails — the logged-in moderator's own "email me when a comment is held". */
export async function getModeratorMails(jwt: string) {
  return (await send('/api/moderation/me/mails', moderatorMailsAnswerSchema, { jwt })).data;
}

/** PUT /api/moderation/me/mails `{ moderatorMails }` */
export async function setModeratorMails(jwt: string, moderatorMails: boolean) {
  return (
    await send('/api/moderation/me/mails', moderatorMailsAnswerSchema, {
      method: 'PUT',
      jwt,
      body: { moderatorMails },
    })
  ).data;
}

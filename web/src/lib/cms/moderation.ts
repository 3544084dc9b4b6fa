import 'server-only';
import { z } from 'zod';
import {
  bulkModerationResultSchema,
  moderatedCommentAnswerSchema as oneComment,
  moderationQueueSchema,
  type ModerationQueueQuery,
  type ModerationStatus,
} from '@skinfacts/shared';
import { CmsRefusal } from './errors';
import { fromSiteHeaders } from './from-site';
import { cmsSend as send } from './send';

/**
 * The moderation console's calls to the CMS. Every call carries the moderator's users-permissions JWT (from
 * the httpOnly session cookie, see lib/auth/session.ts); nothing here is cached.
 */

const loginSchema = z.object({ jwt: z.string().min(1) });
const moderatorSchema = z.object({
  data: z.object({ username: z.string(), email: z.string(), role: z.literal('moderator') }),
});
export type ModeratorIdentity = z.output<typeof moderatorSchema>['data'];

/**
 * POST /api/auth/local on behalf of the visitor at `clientAddress` (the CMS's own login limiter counts that
 * address). Wrong credentials: CmsRefusal 400; too many logins from that address: CmsRefusal 429.
 */
export async function logIn(email: string, password: string, clientAddress?: string): Promise<string> {
  const { jwt } = await send('/api/auth/local', loginSchema, {
    method: 'POST',
    body: { identifier: email, password },
    headers: fromSiteHeaders(clientAddress),
  });
  return jwt;
}

const loggedOutSchema = z.object({ data: z.object({ loggedOut: z.literal(true) }) });

/** POST /api/moderation/logout: the CMS ends the login, so the JWT is refused from then on. */
export async function endModeratorLogin(jwt: string): Promise<void> {
  await send('/api/moderation/logout', loggedOutSchema, { method: 'POST', jwt });
}

/** Who the JWT belongs to if they are a moderator; 'forbidden' for anyone else, 'expired' for a bad JWT. */
export async function getModerator(jwt: string): Promise<ModeratorIdentity | 'forbidden' | 'expired'> {
  try {
    return (await send('/api/moderation/me', moderatorSchema, { jwt })).data;
  } catch (error) {
    if (error instanceof CmsRefusal && error.status === 403) return 'forbidden';
    if (error instanceof CmsRefusal && error.status === 401) return 'expired';
    throw error;
  }
}

export function listModerationQueue(jwt: string, query: ModerationQueueQuery) {
  return send('/api/moderation/comments', moderationQueueSchema, { jwt, query });
}

export async function decideComment(jwt: string, documentId: string, moderationStatus: ModerationStatus) {
  const path = `/api/moderation/comments/${encodeURIComponent(documentId)}`;
  return (await send(path, oneComment, { method: 'PATCH', jwt, body: { moderationStatus } })).data;
}

export function decideComments(jwt: string, documentIds: string[], moderationStatus: ModerationStatus) {
  return send('/api/moderation/comments/bulk', bulkModerationResultSchema, {
    method: 'POST',
    jwt,
    body: { documentIds, moderationStatus },
  });
}

export async function replyToComment(jwt: string, documentId: string, body: string) {
  const path = `/api/moderation/comments/${encodeURIComponent(documentId)}/replies`;
  return (await send(path, oneComment, { method: 'POST', jwt, body: { body } })).data;
}

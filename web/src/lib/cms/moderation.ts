import 'server-only';
import { z } from 'zod';
import {
  bulkModerationResultSchema,
  moderatedCommentSchema,
  moderationQueueSchema,
  type ModerationQueueQuery,
  type ModerationStatus,
} from '@skinfacts/shared';
import { env } from '@/env';
import { cmsUrl, CmsError, CmsParseError } from './client';

/**
 * The moderation console's calls to the CMS. Every call carries the moderator's users-permissions JWT (from
 * the httpOnly session cookie, see lib/auth/session.ts); nothing here is cached.
 */

/** A CMS answer that is not 2xx, passed on to the browser with its status (401, 403, 400, 404, 409). */
export class CmsRefusal extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`The CMS answered ${status}`);
  }
}

type Send = { method?: string; jwt?: string; body?: unknown; query?: Record<string, string | number> };

async function send<S extends z.ZodType>(path: string, schema: S, options: Send): Promise<z.output<S>> {
  const headers = new Headers({ Accept: 'application/json' });
  if (options.jwt) headers.set('Authorization', `Bearer ${options.jwt}`);
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  let response: Response;
  let json: unknown;
  try {
    response = await fetch(cmsUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: 'no-store',
      signal: AbortSignal.timeout(env.CMS_TIMEOUT_MS),
    });
    json = await response.json().catch(() => null);
  } catch (cause) {
    throw new CmsError(`CMS unreachable (${path})`, null, path, { cause });
  }
  if (!response.ok) throw new CmsRefusal(response.status, json);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const paths = parsed.error.issues.map((issue) => issue.path.map(String).join('.') || '(root)');
    throw new CmsParseError(path, [...new Set(paths)], z.prettifyError(parsed.error));
  }
  return parsed.data;
}

const loginSchema = z.object({ jwt: z.string().min(1) });
const moderatorSchema = z.object({
  data: z.object({ username: z.string(), email: z.string(), role: z.literal('moderator') }),
});
export type ModeratorIdentity = z.output<typeof moderatorSchema>['data'];

/** POST /api/auth/local. Wrong credentials: CmsRefusal 400. */
export async function logIn(email: string, password: string): Promise<string> {
  const { jwt } = await send('/api/auth/local', loginSchema, {
    method: 'POST',
    body: { identifier: email, password },
  });
  return jwt;
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

const oneComment = z.object({ data: moderatedCommentSchema });

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

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { countHit, type LimitSpec } from '../../../limits/counters';
import { COMMENT_UID } from '../uid';
import { isRecord } from '../../../utils/is-record';

/** 5 comments a minute from one IP, then 429; counted in Redis when REDIS_URL is set (src/limits). */
export const COMMENTS_PER_IP: LimitSpec = { name: 'comments-per-ip', points: 5, durationSeconds: 60 };
/** At least this long between two comments from one IP or one email address. */
export const FLOOD_INTERVAL_MS = 15_000;

export class TooManyCommentsError extends errors.RateLimitError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, { retryAfterSeconds });
  }
}

/** Strapi has no 409 error class; the controller answers this one with 409 Conflict. */
export class DuplicateCommentError extends errors.ApplicationError {
  constructor() {
    super('You have already posted this comment on this article.', { reason: 'duplicate' });
  }
}

export async function checkRateLimit(ipHash: string) {
  const result = await countHit(COMMENTS_PER_IP, ipHash);
  if (!result.allowed) {
    const seconds = Math.max(1, Math.ceil(result.msBeforeReset / 1000));
    throw new TooManyCommentsError(
      `Too many comments from your connection. Try again in ${seconds} seconds.`,
      seconds,
    );
  }
}

/** Checked in the database, so it holds across CMS instances and restarts. */
export async function checkFlood(strapi: Core.Strapi, ipHash: string, authorEmail: string) {
  const since = new Date(Date.now() - FLOOD_INTERVAL_MS);
  const latest: unknown = await strapi.db.query(COMMENT_UID).findOne({
    where: { createdAt: { $gt: since }, $or: [{ ipHash }, { authorEmail }] },
    orderBy: { createdAt: 'desc' },
    select: ['createdAt'],
  });
  if (!isRecord(latest)) return;
  const { createdAt } = latest;
  if (!(createdAt instanceof Date || typeof createdAt === 'string' || typeof createdAt === 'number')) return;
  const waitMs = new Date(createdAt).getTime() + FLOOD_INTERVAL_MS - Date.now();
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  throw new TooManyCommentsError(
    `You are commenting too quickly. Wait ${seconds} seconds and send it again.`,
    seconds,
  );
}

export async function checkDuplicate(
  strapi: Core.Strapi,
  article: string,
  authorEmail: string,
  body: string,
) {
  const duplicate = await strapi.db.query(COMMENT_UID).count({
    where: { article: { documentId: article }, authorEmail, body },
  });
  if (duplicate > 0) throw new DuplicateCommentError();
}

/**
 * The browser's memory of the comments it posted: documentId + own-comment token + article, in localStorage.
 * Only the token lets the site look a pending comment up again, so "awaiting moderation" survives a reload
 * without ever showing pending comments to anyone else. Entries are dropped once decided.
 */
import { OWN_COMMENTS_LIMIT } from '@skinfacts/shared/limits';

export const OWN_COMMENTS_KEY = 'skinfacts:own-comments';

export type OwnCommentEntry = { documentId: string; token: string; article: string };

// A hand-written check rather than zod: this runs on every article page, zod only once the form is used.
function isEntry(value: unknown): value is OwnCommentEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return ['documentId', 'token', 'article'].every((key) => typeof entry[key] === 'string');
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

function readAll(storage: KeyValueStorage): OwnCommentEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(OWN_COMMENTS_KEY) ?? '[]');
    return Array.isArray(parsed) && parsed.every(isEntry) ? parsed : [];
  } catch {
    return [];
  }
}

function writeAll(storage: KeyValueStorage, entries: OwnCommentEntry[]) {
  try {
    storage.setItem(OWN_COMMENTS_KEY, JSON.stringify(entries));
  } catch {
    // Storage full or disabled (private mode): the comment is saved, only the reminder is lost.
  }
}

export function ownEntriesFor(storage: KeyValueStorage, article: string): OwnCommentEntry[] {
  return readAll(storage)
    .filter((entry) => entry.article === article)
    .slice(-OWN_COMMENTS_LIMIT);
}

/** Remembers a new comment; the oldest entries go when there are more than OWN_COMMENTS_LIMIT per article. */
export function rememberOwn(storage: KeyValueStorage, entry: OwnCommentEntry) {
  const others = readAll(storage).filter((kept) => kept.documentId !== entry.documentId);
  const sameArticle = others.filter((kept) => kept.article === entry.article);
  const dropped = new Set(
    sameArticle.slice(0, Math.max(0, sameArticle.length - OWN_COMMENTS_LIMIT + 1)).map((e) => e.documentId),
  );
  writeAll(storage, [...others.filter((kept) => !dropped.has(kept.documentId)), entry]);
}

/** Forgets the article's entries that are not in `stillPending` (decided, deleted, or unknown to the CMS). */
export function keepOnlyPending(storage: KeyValueStorage, article: string, stillPending: Set<string>) {
  const entries = readAll(storage);
  const kept = entries.filter((entry) => entry.article !== article || stillPending.has(entry.documentId));
  if (kept.length !== entries.length) writeAll(storage, kept);
}

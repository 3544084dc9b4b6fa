import type { Core } from '@strapi/strapi';
import type { EraseCommentMode } from '@skinfacts/shared';

/** A stored record as the export shows it: plain JSON. */
export type ExportedRecord = Record<string, unknown>;

/** Who the request is about. `email` is trimmed; stored addresses match it case-insensitively. */
export type DataSubject = { email: string };

/**
 * Everything one kind of record holds about an email address: what to export, and how to erase it. A new kind
 * (accounts, subscriptions) is one more file like comments.ts, listed in collectors/index.ts.
 *
 * erase() runs inside the erasure's one transaction, collectors in the order of the list; it returns how many
 * records each of its steps changed, by name (these counts go into the answer and the audit log).
 */
export type PrivacyCollector = {
  /** The export's section name, e.g. "comments". */
  section: string;
  collect(strapi: Core.Strapi, subject: DataSubject): Promise<ExportedRecord[]>;
  erase(strapi: Core.Strapi, subject: DataSubject, mode: EraseCommentMode): Promise<Record<string, number>>;
};

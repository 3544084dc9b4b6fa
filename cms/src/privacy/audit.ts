import { createHmac } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { EraseCommentMode } from '@skinfacts/shared';
import { cmsEnv } from '../env';

export const PRIVACY_AUDIT_UID = 'api::privacy-audit.privacy-audit' as const;

/**
 * "j•••@example.org": enough for an admin to tell requests apart, not the address. The raw address is not kept in
 * the log: after an erasure the log would otherwise be the one place that still holds it.
 */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.trim().toLowerCase().split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
}

/** A keyed hash of the (lower-cased) address: finds earlier requests for the same address, reverses to nothing. */
export function emailHash(email: string): string {
  return createHmac('sha256', `privacy-audit:${cmsEnv().COMMENT_IP_SALT}`)
    .update(email.trim().toLowerCase())
    .digest('hex');
}

export type AuditEntry = {
  action: 'export' | 'erase';
  actor: string;
  email: string;
  commentMode?: EraseCommentMode;
  counts: Record<string, number>;
};

/** Written with the query engine (the Document Service refuses writes to the log, see guardPrivacyAudit). */
export async function writeAudit(strapi: Core.Strapi, entry: AuditEntry): Promise<void> {
  await strapi.db.query(PRIVACY_AUDIT_UID).create({
    data: {
      action: entry.action,
      actor: entry.actor.slice(0, 254),
      emailMasked: maskEmail(entry.email).slice(0, 254),
      emailHash: emailHash(entry.email),
      commentMode: entry.commentMode ?? null,
      counts: entry.counts,
    },
  });
}

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/** The audit log is written by the CMS alone: the admin panel (and any API) may read it, never change it. */
export function guardPrivacyAudit(strapi: Core.Strapi): void {
  strapi.documents.use((context, next) => {
    if (context.uid === PRIVACY_AUDIT_UID && WRITES.has(context.action)) {
      throw new errors.ForbiddenError('The privacy audit log is written by the CMS itself and is read-only.');
    }
    return next();
  });
}

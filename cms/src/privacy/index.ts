import type { Core } from '@strapi/strapi';
import type { EraseCommentMode, PrivacyEraseResult, PrivacyExport } from '@skinfacts/shared';
import { writeAudit } from './audit';
import { PRIVACY_COLLECTORS } from './collectors';

function inOneTransaction<T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> {
  return strapi.db.transaction(work) as Promise<T>;
}

/**
 * A data subject's export: every collector's records for the address, in one JSON document. The request goes
 * into the audit log (who, when, which address masked, how many records).
 */
export async function exportPersonalData(
  strapi: Core.Strapi,
  email: string,
  actor: string,
): Promise<PrivacyExport> {
  const subject = { email: email.trim() };
  const sections: PrivacyExport['sections'] = {};
  for (const collector of PRIVACY_COLLECTORS) {
    sections[collector.section] = await collector.collect(strapi, subject);
  }
  const counts = Object.fromEntries(Object.entries(sections).map(([name, list]) => [name, list.length]));
  await writeAudit(strapi, { action: 'export', actor, email: subject.email, counts });
  return { email: subject.email, generatedAt: new Date().toISOString(), sections };
}

/**
 * Erases the address everywhere, in one transaction with its audit entry: every collector's erase() commits, or
 * none does. The comments' pages are revalidated through the outbox, which joins the same transaction.
 */
export async function erasePersonalData(
  strapi: Core.Strapi,
  email: string,
  commentMode: EraseCommentMode,
  actor: string,
): Promise<PrivacyEraseResult> {
  const subject = { email: email.trim() };
  return inOneTransaction(strapi, async () => {
    const counts: Record<string, number> = {};
    for (const collector of PRIVACY_COLLECTORS) {
      Object.assign(counts, await collector.erase(strapi, subject, commentMode));
    }
    await writeAudit(strapi, { action: 'erase', actor, email: subject.email, commentMode, counts });
    return { email: subject.email, counts };
  });
}

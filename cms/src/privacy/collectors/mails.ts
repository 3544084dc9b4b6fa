import type { Core } from '@strapi/strapi';
import { EMAIL_KIND } from '../../notifications/email-kind';
import { OUTBOX_UID } from '../../outbox/types';
import { isRecord } from '../../utils/is-record';
import type { DataSubject, ExportedRecord, PrivacyCollector } from './types';

type MailRow = { id: number; payload: unknown; deliveryStatus: unknown; sentAt: unknown; createdAt: unknown };

/**
 * The outbox's mails to the address (kept 7 days once sent, failed ones until removed). Their payload is JSON,
 * which SQLite and PostgreSQL query differently, so the mails are read and matched here: a privacy request is
 * rare, and the outbox holds days of mail, not years.
 */
async function mailsTo(strapi: Core.Strapi, subject: DataSubject): Promise<MailRow[]> {
  const rows: unknown[] = await strapi.db.query(OUTBOX_UID).findMany({
    where: { kind: EMAIL_KIND },
    select: ['id', 'payload', 'deliveryStatus', 'sentAt', 'createdAt'],
    orderBy: { id: 'asc' },
  });
  const address = subject.email.toLowerCase();
  return rows
    .filter(isRecord)
    .map((row) => row as MailRow)
    .filter(({ payload }) => isRecord(payload) && String(payload.to).toLowerCase() === address);
}

/**
 * Mails to the address that the outbox still holds. The export shows what each said and whether it went out;
 * erasing deletes them, so a mail still waiting is not sent to an erased address.
 */
export const mailsCollector: PrivacyCollector = {
  section: 'mails',

  async collect(strapi, subject): Promise<ExportedRecord[]> {
    return (await mailsTo(strapi, subject)).map(({ payload, deliveryStatus, sentAt, createdAt }) => {
      const mail = isRecord(payload) ? payload : {};
      return { to: mail.to, subject: mail.subject, text: mail.text, deliveryStatus, sentAt, createdAt };
    });
  },

  async erase(strapi, subject) {
    const ids = (await mailsTo(strapi, subject)).map(({ id }) => id);
    if (ids.length === 0) return { mailsDeleted: 0 };
    const { count } = await strapi.db.query(OUTBOX_UID).deleteMany({ where: { id: { $in: ids } } });
    return { mailsDeleted: count };
  },
};

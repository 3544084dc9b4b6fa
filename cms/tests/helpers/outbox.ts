import type { Core } from '@strapi/strapi';
import { z } from 'zod';

export const OUTBOX_UID = 'api::outbox-message.outbox-message';

const storedMessageSchema = z.object({
  id: z.number(),
  kind: z.string(),
  payload: z.unknown(),
  deliveryStatus: z.enum(['pending', 'sending', 'sent', 'failed']),
  attempts: z.number(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  claimedBy: z.string().nullable(),
  claimedUntil: z.string().nullable(),
  sentAt: z.string().nullable(),
});
export type StoredMessage = z.infer<typeof storedMessageSchema>;

/** The outbox's messages of `kind`, oldest first, as Strapi's query engine reads them. */
export async function outboxMessages(strapi: Core.Strapi, kind = 'revalidation'): Promise<StoredMessage[]> {
  const rows: unknown[] = await strapi.db
    .query(OUTBOX_UID)
    .findMany({ where: { kind }, orderBy: { id: 'asc' } });
  return rows.map((row) => storedMessageSchema.parse(row));
}

/** Polls `probe` until it returns something truthy; fails naming `what` (and the last value seen) on timeout. */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { OUTBOX_UID } from './types';

/**
 * The outbox's SQL. Enqueueing goes through Strapi's query engine, so it joins the transaction of the write that
 * caused it; everything else runs on the raw connection (autocommit, one statement each), outside any caller's
 * transaction. Dates are bound as Date objects, which both drivers store the way Strapi's datetime fields do.
 */

type Knex = Core.Strapi['db']['connection'];

const TABLE = 'outbox_messages';

export type ClaimedMessage = {
  id: number;
  kind: string;
  payload: unknown;
  attempts: number;
  takenOver: boolean;
};

const candidateSchema = z.object({
  id: z.coerce.number().int(),
  delivery_status: z.enum(['pending', 'sending']),
});

const claimedRowSchema = z.object({
  id: z.coerce.number().int(),
  kind: z.string(),
  // SQLite hands back the JSON text, PostgreSQL the parsed value.
  payload: z
    .unknown()
    .transform((value) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value)),
  attempts: z.coerce.number().int(),
});

/** Writes a pending message due now, in the caller's transaction if there is one. */
export async function insertMessage(strapi: Core.Strapi, kind: string, payload: unknown): Promise<number> {
  const now = new Date();
  const created: unknown = await strapi.db.query(OUTBOX_UID).create({
    data: {
      kind,
      payload,
      deliveryStatus: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      // The query engine fills neither; the admin panel lists a type's rows by documentId and publishedAt.
      documentId: randomUUID(),
      publishedAt: now,
    },
    select: ['id'],
  });
  return z.object({ id: z.coerce.number().int() }).parse(created).id;
}

/** Pending and due, or being sent by an instance whose lease ran out (it died, or hung past its lease). */
const CLAIMABLE =
  "((delivery_status = 'pending' AND next_attempt_at <= ?) OR (delivery_status = 'sending' AND claimed_until < ?))";

type ClaimOptions = {
  workerId: string;
  kinds: string[];
  leaseMs: number;
  limit: number;
  /** Messages the claimer is still delivering: its own lease on them may have run out, but they are not lost. */
  exclude?: readonly number[];
  now?: Date;
};

/**
 * Claims up to `limit` due messages of `kinds` for `workerId`. The claim is a compare-and-set UPDATE per state
 * the candidates were seen in (pending, or sending with an expired lease), which repeats the "still claimable,
 * in the state we saw" condition row by row: of several instances racing for a row exactly one updates it
 * (PostgreSQL re-checks the WHERE on a row it waited for; SQLite writes one at a time); the claimer reads back
 * the rows that carry its id and this claim's lease. One UPDATE for the batch rather than one per message: on
 * SQLite every commit is a sync to disk, which was what limited a burst of mails. The attempt is counted here,
 * so a message whose instance keeps dying mid-send still runs out of attempts.
 */
export async function claimDue(knex: Knex, options: ClaimOptions): Promise<ClaimedMessage[]> {
  const { workerId, kinds, leaseMs, limit, exclude = [], now = new Date() } = options;
  if (kinds.length === 0) return [];
  const rows: unknown[] = await knex(TABLE)
    .select('id', 'delivery_status')
    .whereIn('kind', kinds)
    .whereNotIn('id', exclude)
    .whereRaw(CLAIMABLE, [now, now])
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit);

  const candidates = rows.map((row) => candidateSchema.parse(row));
  const claimedUntil = new Date(now.getTime() + leaseMs);
  const takenOver = new Map<number, boolean>();
  let updated = 0;
  for (const seenAs of ['pending', 'sending'] as const) {
    const ids = candidates.filter((c) => c.delivery_status === seenAs).map((c) => c.id);
    if (ids.length === 0) continue;
    updated += await knex(TABLE)
      .whereIn('id', ids)
      .andWhere({ delivery_status: seenAs })
      .whereRaw(CLAIMABLE, [now, now])
      .update({
        delivery_status: 'sending',
        claimed_by: workerId,
        claimed_until: claimedUntil,
        attempts: knex.raw('attempts + 1'),
        updated_at: now,
      });
    for (const id of ids) takenOver.set(id, seenAs === 'sending');
  }
  if (updated === 0) return [];

  const claimedRows: unknown[] = await knex(TABLE)
    .select('id', 'kind', 'payload', 'attempts')
    .whereIn('id', [...takenOver.keys()])
    .andWhere({ claimed_by: workerId, delivery_status: 'sending', claimed_until: claimedUntil });
  return claimedRows.map((row) => {
    const message = claimedRowSchema.parse(row);
    return { ...message, takenOver: takenOver.get(message.id) === true };
  });
}

/**
 * Marks a message sent, whoever holds its claim now: if this instance's lease ran out and another instance
 * took the message over, it is still true that it went out (and spares that instance a second send). The
 * receipt (what the receiving service answered) is written in the same statement, so an instance that takes
 * the message over reads it (alreadyDelivered).
 */
export async function markSent(knex: Knex, id: number, receipt?: string, now = new Date()): Promise<void> {
  await knex(TABLE)
    .where({ id })
    .whereIn('delivery_status', ['pending', 'sending'])
    .update({
      delivery_status: 'sent',
      sent_at: now,
      claimed_by: null,
      claimed_until: null,
      updated_at: now,
      ...(receipt === undefined ? {} : { delivery_receipt: receipt.slice(0, 2000) }),
    });
}

type Settle =
  { status: 'pending'; nextAttemptAt: Date; lastError: string } | { status: 'failed'; lastError: string };

/**
 * Ends `workerId`'s claim on a message: back to pending (a retry later) or failed. Returns false when the claim was no longer this worker's (its lease ran out and another took over).
 */
export async function settleClaim(
  knex: Knex,
  id: number,
  workerId: string,
  settle: Settle,
): Promise<boolean> {
  const now = new Date();
  const count = await knex(TABLE)
    .where({ id, claimed_by: workerId, delivery_status: 'sending' })
    .update({
      delivery_status: settle.status,
      ...(settle.status === 'pending' ? { next_attempt_at: settle.nextAttemptAt } : {}),
      last_error: settle.lastError.slice(0, 2000),
      claimed_by: null,
      claimed_until: null,
      updated_at: now,
    });
  return count === 1;
}

/** Deletes messages sent before `cutoff`; failed ones stay until someone looks at them. */
export async function deleteSentBefore(knex: Knex, cutoff: Date): Promise<number> {
  return knex(TABLE).where('delivery_status', 'sent').andWhere('sent_at', '<', cutoff).delete();
}

/** The receipt stored with a message's "sent" mark (markSent), or null. */
export async function receiptOf(knex: Knex, id: number): Promise<string | null> {
  const row: unknown = await knex(TABLE).where({ id }).first('delivery_receipt');
  const parsed = z.object({ delivery_receipt: z.string().nullable() }).safeParse(row);
  return parsed.success ? parsed.data.delivery_receipt : null;
}

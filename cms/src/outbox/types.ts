import type { z } from 'zod';

export const OUTBOX_UID = 'api::outbox-message.outbox-message';

/**
 * What one delivery attempt came to. `receipt`: what the receiving service answered, stored with the "sent" mark
 * in one write. `retry: false` when trying again would get the same answer (a 4xx).
 */
export type DeliveryOutcome = { ok: true; receipt?: string } | { ok: false; reason: string; retry: boolean };

/** What a handler learns about the attempt it makes. */
export type Delivery = {
  messageId: number;
  /** 1 for the first attempt; counts attempts whose instance died mid-send too. */
  attempt: number;
  /** The message was claimed from an instance whose lease ran out while it was sending: it may have gone out. */
  takenOver: boolean;
};

/** Delivers one kind of message (`revalidation` now, `email` with issue 14). */
export interface OutboxHandler<Payload> {
  /** Parses the stored payload: the database is a boundary too (a message may come from an older release). */
  payload: z.ZodType<Payload>;
  deliver: (payload: Payload, delivery: Delivery) => Promise<DeliveryOutcome>;
  /** Waits before the 2nd, 3rd… attempt; after the last one the message ends `failed`. */
  retryDelaysMs: readonly number[];
  /** For logs: what the message is about, e.g. "article what-is-microneedling". */
  describe: (payload: Payload) => string;
  /**
   * Asked before sending a message that was taken over (`delivery.takenOver`): true when the earlier attempt did
   * go out, and the message is marked sent without sending again. A handler whose delivery is idempotent leaves
   * it out; mail (issue 14) must answer it from its own record of what the SMTP server accepted.
   */
  alreadyDelivered?: (payload: Payload, delivery: Delivery) => Promise<boolean>;
}

/** A message of a registered kind, its payload parsed: what the worker needs, the payload type hidden. */
export type PreparedMessage = {
  /** For logs. */
  about: string;
  deliver: (delivery: Delivery) => Promise<DeliveryOutcome>;
  alreadyDelivered: (delivery: Delivery) => Promise<boolean>;
};

/** A handler as the outbox keeps it, next to handlers of other payload types. */
export type RegisteredHandler = {
  retryDelaysMs: readonly number[];
  /** Checks a payload (before it is stored, and again when it is read back). */
  prepare: (payload: unknown) => { ok: true; message: PreparedMessage } | { ok: false; problem: string };
};

export function registeredHandler<Payload>(handler: OutboxHandler<Payload>): RegisteredHandler {
  return {
    retryDelaysMs: handler.retryDelaysMs,
    prepare: (raw) => {
      const parsed = handler.payload.safeParse(raw);
      if (!parsed.success) return { ok: false, problem: parsed.error.message };
      const payload = parsed.data;
      return {
        ok: true,
        message: {
          about: handler.describe(payload),
          deliver: (delivery) => handler.deliver(payload, delivery),
          alreadyDelivered: async (delivery) =>
            (await handler.alreadyDelivered?.(payload, delivery)) ?? false,
        },
      };
    },
  };
}

import type { Core } from '@strapi/strapi';
import { claimDue, markSent, settleClaim, type ClaimedMessage } from './store';
import type { Delivery, DeliveryOutcome, PreparedMessage, RegisteredHandler } from './types';

type Knex = Core.Strapi['db']['connection'];
type Log = { warn: (message: string) => void; debug: (message: string) => void };

export type WorkerOptions = {
  knex: Knex;
  /** Names this worker's claims (`claimed_by`): unique per process. */
  workerId: string;
  handlers: ReadonlyMap<string, RegisteredHandler>;
  /** How long a claim holds; past it another instance may take the message over. Longer than any send. */
  leaseMs: number;
  /** The backstop: how often to look for due messages nobody kicked this worker about. */
  pollIntervalMs: number;
  /** Deliveries in flight at once; also the most one claim takes. */
  concurrency?: number;
  log: Log;
};

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Claims due messages and hands each to its kind's handler. kick() starts a round at once (after an enqueue
 * commits, which keeps publish → visible fast); a poll every `pollIntervalMs` and a timer per scheduled retry
 * catch what no kick announced: retries, other instances' leftovers, messages of an instance that died.
 */
export class OutboxWorker {
  private stopped = true;
  private claiming: Promise<void> | null = null;
  private claimAgain = false;
  /** Deliveries in flight, by message id. */
  private readonly inFlight = new Map<number, Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly options: WorkerOptions) {}

  get id() {
    return this.options.workerId;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.poll();
  }

  /** Looks for due messages now. Never throws; a round already running looks again when it ends. */
  kick(): void {
    if (this.stopped) return;
    if (this.claiming) {
      this.claimAgain = true;
      return;
    }
    this.claiming = this.claimRounds().finally(() => {
      this.claiming = null;
    });
  }

  /**
   * Stops claiming and lets deliveries in flight finish (each is bounded by its handler's timeout), so their
   * outcome is recorded and no claim is left to expire. Messages still pending wait in the database.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await this.claiming;
    await Promise.allSettled([...this.inFlight.values()]);
  }

  private poll() {
    this.wakeIn(this.options.pollIntervalMs, () => this.poll());
    this.kick();
  }

  private wakeIn(ms: number, then: () => void = () => this.kick()) {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      then();
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  private async claimRounds() {
    const { knex, workerId, handlers, leaseMs, concurrency = 8, log } = this.options;
    try {
      do {
        this.claimAgain = false;
        const room = concurrency - this.inFlight.size;
        // A full worker claims nothing: another instance may have room, and each delivery ending kicks again.
        if (room <= 0) return;
        const kinds = [...handlers.keys()];
        // Not its own deliveries in flight, even past their lease (a busy database can hold up the write that
        // ends one): taking one over would ask the SMTP server again before the first answer is recorded.
        const exclude = [...this.inFlight.keys()];
        const claimed = await claimDue(knex, { workerId, kinds, leaseMs, limit: room, exclude });
        for (const message of claimed) this.track(message.id, this.process(message));
        if (claimed.length === room) this.claimAgain = true;
      } while (this.claimAgain && !this.stopped);
    } catch (error) {
      log.warn(`outbox: could not claim messages (the next poll tries again): ${errorText(error)}`);
    }
  }

  private track(id: number, delivery: Promise<void>) {
    this.inFlight.set(id, delivery);
    void delivery.finally(() => {
      this.inFlight.delete(id);
      this.kick();
    });
  }

  private async process(message: ClaimedMessage): Promise<void> {
    const { knex, handlers, log } = this.options;
    const label = `${message.kind} message ${message.id}`;
    try {
      const handler = handlers.get(message.kind);
      if (!handler) {
        await this.fail(message, 'no handler is registered for its kind', label);
        return;
      }
      const prepared = handler.prepare(message.payload);
      if (!prepared.ok) {
        await this.fail(
          message,
          `its payload is not a valid ${message.kind} payload: ${prepared.problem}`,
          label,
        );
        return;
      }
      const delivery: Delivery = {
        messageId: message.id,
        attempt: message.attempts,
        takenOver: message.takenOver,
      };
      const about = `${label} (${prepared.message.about})`;
      const outcome = await this.attempt(prepared.message, delivery);
      if (outcome.ok) {
        await markSent(knex, message.id, outcome.receipt);
        log.debug(`outbox: delivered ${about}`);
        return;
      }
      const delay = outcome.retry ? handler.retryDelaysMs[message.attempts - 1] : undefined;
      if (delay === undefined) {
        await this.fail(message, outcome.reason, about);
        return;
      }
      await settleClaim(knex, message.id, this.id, {
        status: 'pending',
        nextAttemptAt: new Date(Date.now() + delay),
        lastError: outcome.reason,
      });
      this.wakeIn(delay);
    } catch (error) {
      // Most likely the database: the claim expires and this or another instance tries again.
      log.warn(`outbox: could not record the outcome of ${label}: ${errorText(error)}`);
    }
  }

  private async attempt(message: PreparedMessage, delivery: Delivery): Promise<DeliveryOutcome> {
    try {
      if (delivery.takenOver && (await message.alreadyDelivered(delivery))) return { ok: true };
      return await message.deliver(delivery);
    } catch (error) {
      return { ok: false, reason: `the handler threw: ${errorText(error)}`, retry: true };
    }
  }

  private async fail(message: ClaimedMessage, reason: string, about: string) {
    await settleClaim(this.options.knex, message.id, this.id, { status: 'failed', lastError: reason });
    this.options.log.warn(
      `outbox: gave up on ${about} after ${message.attempts} attempt(s): ${reason}. ` +
        'It stays in the outbox as failed (Content Manager → Outbox message).',
    );
  }
}

import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { cmsEnv } from '../env';
import { startPeriodicJob, type RunningJob } from '../jobs/run-once';
import { afterCommit } from './after-commit';
import { deleteSentBefore, insertMessage } from './store';
import { OUTBOX_UID, registeredHandler, type OutboxHandler, type RegisteredHandler } from './types';
import { OutboxWorker } from './worker';

export type { OutboxHandler, DeliveryOutcome, Delivery } from './types';
export { receiptOf } from './store';

/** A payload its kind's schema refuses: a bug in the code that built it, so nothing is stored. */
export class OutboxPayloadError extends Error {}

const DAY_MS = 24 * 60 * 60 * 1000;
const CLEANUP_EVERY_MS = 60 * 60 * 1000;
const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/**
 * A durable outbox in the database (the outbox-message content type): work for another service is written with
 * the change that caused it and delivered by whichever CMS instance claims it first, with retries that outlive
 * the instance. Kinds register a handler in register(); start() in bootstrap, stop() in destroy.
 */
export class Outbox {
  /** Names this process's claims: unique across instances and restarts. */
  readonly instanceId = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly handlers = new Map<string, RegisteredHandler>();
  private worker: OutboxWorker | null = null;
  private cleanup: RunningJob | null = null;

  constructor(private readonly strapi: Core.Strapi) {}

  handle<Payload>(kind: string, handler: OutboxHandler<Payload>): void {
    if (this.handlers.has(kind)) throw new Error(`outbox: a handler for "${kind}" is already registered`);
    this.handlers.set(kind, registeredHandler(handler));
  }

  /**
   * Stores a message in the caller's transaction, if any: a write that rolls back leaves no message, one that
   * commits always has its message (no "committed but the process died before it enqueued" gap). The worker is
   * kicked once the transaction commits, so delivery starts at once rather than at the next poll.
   */
  async send(kind: string, payload: unknown): Promise<void> {
    const handler = this.handlers.get(kind);
    if (!handler) throw new Error(`outbox: no handler is registered for "${kind}" messages`);
    const prepared = handler.prepare(payload);
    if (!prepared.ok)
      throw new OutboxPayloadError(`outbox: not a valid ${kind} payload: ${prepared.problem}`);
    await insertMessage(this.strapi, kind, payload);
    await afterCommit(this.strapi, () => this.worker?.kick());
  }

  /** Starts the worker and the cleanup of sent messages, when some kind is registered. */
  start(): void {
    if (this.handlers.size === 0 || this.worker) return;
    const env = cmsEnv();
    const knex = this.strapi.db.connection;
    const log = this.strapi.log;
    this.worker = new OutboxWorker({
      knex,
      workerId: this.instanceId,
      handlers: this.handlers,
      leaseMs: env.OUTBOX_LEASE_MS,
      pollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS,
      concurrency: env.OUTBOX_CONCURRENCY,
      log,
    });
    this.worker.start();
    const keepMs = env.OUTBOX_KEEP_SENT_DAYS * DAY_MS;
    this.cleanup = startPeriodicJob(
      knex,
      {
        name: 'outbox-cleanup',
        everyMs: CLEANUP_EVERY_MS,
        run: () => deleteSentBefore(knex, new Date(Date.now() - keepMs)),
      },
      { holder: this.instanceId, log },
    );
  }

  /** Looks for due messages now. */
  kick(): void {
    this.worker?.kick();
  }

  /** Lets deliveries in flight finish and record their outcome; pending messages wait in the database. */
  async stop(): Promise<void> {
    const { worker, cleanup } = this;
    this.worker = null;
    this.cleanup = null;
    await Promise.all([worker?.stop(), cleanup?.stop()]);
  }
}

const outboxes = new WeakMap<Core.Strapi, Outbox>();

/** The outbox of this Strapi instance (tests boot several in one process). */
export function outboxOf(strapi: Core.Strapi): Outbox {
  let outbox = outboxes.get(strapi);
  if (!outbox) {
    outbox = new Outbox(strapi);
    outboxes.set(strapi, outbox);
  }
  return outbox;
}

/**
 * Outbox messages are written by the CMS alone (through the query engine, which this does not see); the admin
 * panel may read them, so failures can be seen, but not change them.
 */
export function guardOutboxMessages(strapi: Core.Strapi): void {
  strapi.documents.use((context, next) => {
    if (context.uid === OUTBOX_UID && WRITES.has(context.action)) {
      throw new errors.ForbiddenError('Outbox messages are written by the CMS itself and are read-only.');
    }
    return next();
  });
}

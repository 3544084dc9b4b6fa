import type { Core } from '@strapi/strapi';

/** The part of the hooks Strapi hands a transaction's callback that this file uses. */
type TransactionHooks = { onCommit: (callback: () => void) => void };

/**
 * Runs `task` once the surrounding transaction (the Document Service wraps every write in one) commits; at once
 * outside one. Nothing runs on a rollback.
 */
export async function afterCommit(strapi: Core.Strapi, task: () => void): Promise<void> {
  if (!strapi.db.inTransaction()) {
    task();
    return;
  }
  try {
    await strapi.db.transaction(({ onCommit }: TransactionHooks) => {
      onCommit(task);
      return Promise.resolve();
    });
  } catch (error) {
    strapi.log.warn(`outbox: could not wait for the transaction to commit: ${String(error)}`);
  }
}

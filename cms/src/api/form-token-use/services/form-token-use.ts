import type { Core } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FORM_TOKEN_MAX_AGE_MS } from '../../../rules/form-token';

const FORM_TOKEN_USE = 'api::form-token-use.form-token-use';
/** Kept a little past the tokens' own age limit, so CMS instances with slightly different clocks agree. */
const KEEP_USES_MS = FORM_TOKEN_MAX_AGE_MS + 60 * 60 * 1000;

const USED_MESSAGE =
  'This comment form was already used to send a comment. Reload the page to comment again.';

/** Strapi has no 409 error class; the comment controller answers this one with 409 Conflict. */
export class FormTokenUsedError extends errors.ApplicationError {
  constructor() {
    super(USED_MESSAGE, {
      reason: 'form-token-used',
      errors: [{ path: ['formToken'], message: USED_MESSAGE }],
    });
  }
}

export default factories.createCoreService(FORM_TOKEN_USE, ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Runs `write` in one transaction with the insert of the token's nonce. The nonce column is unique, so of two
   * requests with one token exactly one commits; the other rolls back whole (nothing of it stays) and gets
   * FormTokenUsedError. Whether the nonce exists is asked after the rollback: that works the same on every
   * database, where the unique-violation error differs by driver.
   */
  async spendWith<T>(nonce: string, write: () => Promise<T>): Promise<T> {
    try {
      return await strapi.db.transaction(async () => {
        await strapi.db.query(FORM_TOKEN_USE).create({ data: { nonce, usedAt: new Date() } });
        return write();
      });
    } catch (error) {
      if (await strapi.db.query(FORM_TOKEN_USE).findOne({ where: { nonce }, select: ['id'] })) {
        throw new FormTokenUsedError();
      }
      throw error;
    }
  },

  /** Forgets nonces whose tokens have expired anyway (an expired token is refused before its nonce is looked at). */
  async pruneExpired(now: number = Date.now()): Promise<number> {
    const { count } = await strapi.db
      .query(FORM_TOKEN_USE)
      .deleteMany({ where: { usedAt: { $lt: new Date(now - KEEP_USES_MS) } } });
    return count;
  },
}));

import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { emailLinkRequestSchema, firstIssueMessage, issueList } from '@skinfacts/shared';
import { readLinkToken } from '../../../notifications/link-tokens';
import { confirmAddress, unsubscribeAddress } from '../../../notifications/subscriptions';
import { setModeratorMails } from '../../../notifications/moderator-switch';

const EXPIRED =
  'This link has expired or was already replaced. Tick the box again with your next comment to get a new one.';

function tokenOf(ctx: Context) {
  const parsed = emailLinkRequestSchema.safeParse(ctx.request.body);
  if (!parsed.success) {
    throw new errors.ValidationError(firstIssueMessage(parsed.error, 'Send { "token": "…" }.'), {
      errors: issueList(parsed.error),
    });
  }
  const payload = readLinkToken(parsed.data.token);
  if (!payload) throw new errors.ValidationError(EXPIRED, { reason: 'invalid-token' });
  return payload;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/email-links/confirm { token }: the double opt-in's second step. */
  async confirm(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    const payload = tokenOf(ctx);
    if (payload.p !== 'confirm' || !(await confirmAddress(strapi, payload.e))) {
      throw new errors.ValidationError(EXPIRED, { reason: 'invalid-token' });
    }
    return { data: { done: 'confirmed' } };
  },

  /** POST /api/email-links/unsubscribe { token }: stops a commenter's mails, or a moderator's. Idempotent. */
  async unsubscribe(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    const payload = tokenOf(ctx);
    if (payload.p === 'unsubscribe') await unsubscribeAddress(strapi, payload.e);
    else if (payload.p === 'moderator-off') await setModeratorMails(strapi, payload.u, false);
    else throw new errors.ValidationError(EXPIRED, { reason: 'invalid-token' });
    return { data: { done: 'unsubscribed' } };
  },
});

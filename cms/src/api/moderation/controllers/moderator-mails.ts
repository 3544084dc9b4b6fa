import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { moderatorMailsSchema } from '@skinfacts/shared';
import { moderatorMailsOn, setModeratorMails } from '../../../notifications/moderator-switch';
import type { AuthState } from '../moderator';
import { bodyOf, parse } from '../request';

/** The logged-in moderator's own user id: the switch is theirs alone (an API token has no mails to switch). */
function ownUserId(ctx: Context): number {
  const state = ctx.state as AuthState;
  const id = Number(state.user?.id);
  if (!Number.isInteger(id)) {
    throw new errors.ValidationError('An API token gets no moderator mails; log in as a moderator.');
  }
  return id;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/moderation/me/mails — whether "email me when a comment is held" is on for the caller. */
  async find(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    return { data: { moderatorMails: await moderatorMailsOn(strapi, ownUserId(ctx)) } };
  },

  /** PUT /api/moderation/me/mails `{ moderatorMails }` — switches the caller's own held-comment mails. */
  async update(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    const userId = ownUserId(ctx);
    const { moderatorMails } = parse(moderatorMailsSchema, bodyOf(ctx));
    await setModeratorMails(strapi, userId, moderatorMails);
    return { data: { moderatorMails: await moderatorMailsOn(strapi, userId) } };
  },
});

import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  fieldErrors,
  issueList,
  privacyEraseRequestSchema,
  privacyExportRequestSchema,
} from '@skinfacts/shared';
import type { z } from 'zod';
import { erasePersonalData, exportPersonalData } from '../../../privacy';
import { moderatorOf } from '../moderator';

function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new errors.ValidationError('Invalid privacy request.', {
    errors: issueList(parsed.error),
    fieldErrors: fieldErrors(parsed.error),
  });
}

function actorOf(ctx: Context): string {
  const moderator = moderatorOf(ctx.state);
  if (!moderator) throw new errors.ForbiddenError();
  return moderator.by;
}

/** Data-subject requests by email address, for moderators and full-access API tokens (admins' tools). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/moderation/privacy/export `{ email }` → everything stored about the address, as JSON. */
  async export(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    const actor = actorOf(ctx);
    const { email } = parse(privacyExportRequestSchema, ctx.request.body);
    return { data: await exportPersonalData(strapi, email, actor) };
  },

  /** POST /api/moderation/privacy/erase `{ email, comments: 'anonymise' | 'delete' }` */
  async erase(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    const actor = actorOf(ctx);
    const { email, comments } = parse(privacyEraseRequestSchema, ctx.request.body);
    return { data: await erasePersonalData(strapi, email, comments, actor) };
  },
});

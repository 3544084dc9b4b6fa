import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { SLUG_REDIRECT_ROUTE, slugRedirectParamsSchema, slugRedirectQuerySchema } from '@skinfacts/shared';
import { resolveRedirect } from '../../../redirects/store';
import { notFound, routeParam } from '../../../utils/koa-context';

function refuse(message: string, error: z.ZodError): never {
  throw new errors.ValidationError(`${message} (${SLUG_REDIRECT_ROUTE}): ${z.prettifyError(error)}`);
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/slug-redirects/:type/:slug — `{ data: { type, fromSlug, toSlug } }`, or 404 when it leads nowhere. */
  async resolve(ctx: Context) {
    const query = slugRedirectQuerySchema.safeParse(ctx.query ?? {});
    if (!query.success) refuse('This route takes no query parameters', query.error);
    // The router also puts positional captures ("0") in ctx.params: take the two named ones.
    const params = slugRedirectParamsSchema.safeParse({
      type: routeParam(ctx, 'type'),
      slug: routeParam(ctx, 'slug'),
    });
    if (!params.success) refuse('Not a content type with old slugs, or not a slug', params.error);
    const { type, slug } = params.data;
    const toSlug = await resolveRedirect(strapi, type, slug);
    if (!toSlug) return notFound(ctx, `No redirect from the ${type} slug "${slug}"`);
    return { data: { type, fromSlug: slug, toSlug } };
  },
});

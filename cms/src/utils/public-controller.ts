import type { Core, UID } from '@strapi/strapi';
import { factories } from '@strapi/strapi';

type Shape = { fields: string[]; populate: Record<string, unknown> };

type PublicShapes = { list: Shape; detail: Shape };

/**
 * A core controller whose read routes serve fixed shapes: the caller's `fields` and `populate` are replaced,
 * and `findOne` accepts a slug as well as a documentId (`/api/articles/what-is-microneedling`).
 */
export function createPublicReadController(uid: UID.ContentType, shapes: PublicShapes) {
  return factories.createCoreController(uid, ({ strapi }: { strapi: Core.Strapi }) => ({
    async find(ctx) {
      ctx.query = { ...ctx.query, ...shapes.list };
      return super.find(ctx);
    },

    async findOne(ctx) {
      const idOrSlug: string = ctx.params.id;
      const bySlug = await strapi.db
        .query(uid)
        .findOne({ where: { slug: idOrSlug }, select: ['documentId'] });
      if (bySlug) ctx.params.id = bySlug.documentId;
      ctx.query = { ...ctx.query, ...shapes.detail };
      return super.findOne(ctx);
    },
  }));
}

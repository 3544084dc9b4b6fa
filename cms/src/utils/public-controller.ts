import type { Core, UID } from '@strapi/strapi';
import { factories } from '@strapi/strapi';

type Shape = { fields: string[]; populate: Record<string, unknown> };

type Document = Record<string, unknown>;

type PublicShapes = {
  list: Shape;
  detail: Shape;
  /** Adds derived fields (and may drop ones fetched only to derive them) before a document is sent. */
  present?: (document: Document, view: 'list' | 'detail') => Document;
};

type Response = { data: unknown; meta?: unknown };

function isDocument(value: unknown): value is Document {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function presentResponse(response: Response, shapes: PublicShapes, view: 'list' | 'detail'): Response {
  const present = shapes.present;
  if (!present) return response;
  const data = Array.isArray(response.data)
    ? response.data.map((item) => (isDocument(item) ? present(item, view) : item))
    : isDocument(response.data)
      ? present(response.data, view)
      : response.data;
  return { ...response, data };
}

/**
 * A core controller whose read routes serve fixed shapes: the caller's `fields` and `populate` are replaced,
 * and `findOne` accepts a slug as well as a documentId (`/api/articles/what-is-microneedling`).
 */
export function createPublicReadController(uid: UID.ContentType, shapes: PublicShapes) {
  return factories.createCoreController(uid, ({ strapi }: { strapi: Core.Strapi }) => ({
    async find(ctx) {
      ctx.query = { ...ctx.query, ...shapes.list };
      return presentResponse(await super.find(ctx), shapes, 'list');
    },

    async findOne(ctx) {
      const idOrSlug: string = ctx.params.id;
      const bySlug = await strapi.db
        .query(uid)
        .findOne({ where: { slug: idOrSlug }, select: ['documentId'] });
      if (bySlug) ctx.params.id = bySlug.documentId;
      ctx.query = { ...ctx.query, ...shapes.detail };
      const response = await super.findOne(ctx);
      return response ? presentResponse(response, shapes, 'detail') : response;
    },
  }));
}

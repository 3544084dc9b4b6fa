import type { Context } from 'koa';
import type { Core, UID } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import type { PublicQueryDeclaration } from '@skinfacts/shared';
import { PUBLISHED_ONLY, publicDetailQuery, publicListQuery } from '../public-query';
import { isRecord } from './is-record';
import { routeParam, setRouteParam } from './koa-context';

type Shape = { fields: string[]; populate: Record<string, unknown> };

type Document = Record<string, unknown>;

type PublicShapes = {
  list: Shape;
  detail: Shape;
  /** What the list route accepts in its query; the detail route accepts `status` only. */
  query: PublicQueryDeclaration;
  /** Adds derived fields (and may drop ones fetched only to derive them) before a document is sent. */
  present?: (document: Document, view: 'list' | 'detail') => Document;
};

/** The core controller's read actions, which Strapi makes the prototype of a controller it extends. */
type CoreReads = {
  find(this: unknown, ctx: Context): Promise<unknown>;
  findOne(this: unknown, ctx: Context): Promise<unknown>;
};

/**
 * The core controller under `controller`: what `super` reaches in its methods (TypeScript types `super` in an
 * object literal as `any`). createCoreController sets it as the prototype of the object the factory returns.
 */
function coreReadsOf(controller: object): CoreReads {
  return Object.getPrototypeOf(controller) as CoreReads;
}

function presentResponse(response: unknown, shapes: PublicShapes, view: 'list' | 'detail'): unknown {
  const present = shapes.present;
  if (!present || !isRecord(response)) return response;
  const data = Array.isArray(response.data)
    ? response.data.map((item: unknown) => (isRecord(item) ? present(item, view) : item))
    : isRecord(response.data)
      ? present(response.data, view)
      : response.data;
  return { ...response, data };
}

/**
 * A core controller whose read routes serve fixed shapes and accept only declared queries: the list route
 * takes the filters, sorts, search and pagination its declaration names (400 for anything else), and
 * `findOne` accepts a published slug as well as a documentId (`/api/articles/what-is-microneedling`).
 */
export function createPublicReadController(uid: UID.ContentType, shapes: PublicShapes) {
  return factories.createCoreController(uid, ({ strapi }: { strapi: Core.Strapi }) => {
    const model = strapi.getModel(uid) as { options?: { draftAndPublish?: boolean } };
    const hasDrafts = model.options?.draftAndPublish === true;
    const detailDeclaration = { route: `${shapes.query.route}/:slug`, status: shapes.query.status };

    const controller = {
      async find(ctx: Context) {
        ctx.query = { ...publicListQuery(strapi, uid, ctx.query, shapes.query), ...shapes.list };
        return presentResponse(await coreReadsOf(controller).find.call(this, ctx), shapes, 'list');
      },

      async findOne(ctx: Context) {
        const { status } = publicDetailQuery(ctx.query, detailDeclaration);
        const idOrSlug = routeParam(ctx, 'id');
        // A slug names the published version; only a draft read (API token, see published-only) looks at drafts.
        const visible = hasDrafts && status !== 'draft' ? PUBLISHED_ONLY : {};
        const bySlug: unknown = await strapi.db
          .query(uid)
          .findOne({ where: { slug: idOrSlug, ...visible }, select: ['documentId'] });
        if (isRecord(bySlug)) setRouteParam(ctx, 'id', String(bySlug.documentId));
        ctx.query = { ...(status ? { status } : {}), ...shapes.detail };
        const response = await coreReadsOf(controller).findOne.call(this, ctx);
        return response ? presentResponse(response, shapes, 'detail') : response;
      },
    };
    return controller;
  });
}

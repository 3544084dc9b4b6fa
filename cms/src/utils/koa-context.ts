import type { Context } from 'koa';
import { isRecord } from './is-record';

/**
 * The one Strapi response helper the controllers call. Strapi adds these helpers to every koa context at run time
 * (@strapi/core, services/server/koa) and types them in a module it does not export, so koa's context, whose
 * index signature is `any`, hands them out as `any`.
 */
type StrapiResponseHelpers = { notFound(message: string): void };

/** Strapi's `ctx.notFound(message)`: answers 404 with Strapi's error body ({ data: null, error: { … } }). */
export function notFound(ctx: Context, message: string): void {
  (ctx as Context & StrapiResponseHelpers).notFound(message);
}

/** A route parameter (`:documentId` in the route's path) as text; koa's context types `params` as `any`. */
export function routeParam(ctx: Context, name: string): string {
  const params: unknown = ctx.params;
  return String(isRecord(params) ? params[name] : undefined);
}

/** Sets a route parameter, as Strapi's core actions read it (`ctx.params.id`). */
export function setRouteParam(ctx: Context, name: string, value: string): void {
  const params: unknown = ctx.params;
  if (isRecord(params)) params[name] = value;
}

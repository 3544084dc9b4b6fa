/** The part of koa2-ratelimit (Strapi's login limiter, untyped) that src/limits/strapi-login-store.ts extends. */
declare module 'koa2-ratelimit' {
  export const Stores: {
    Store: abstract new () => object;
  };
}

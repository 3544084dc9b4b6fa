import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from 'zod';

type Controller = (ctx: Context) => Promise<unknown>;
type AuthControllers = Record<string, Controller> & { forgotPassword: Controller };
type AuthFactory = (deps: { strapi: Core.Strapi }) => AuthControllers;

const forgotPasswordBody = z.object({ email: z.string().trim().email().max(254) }).strict();

/**
 * `POST /api/auth/forgot-password` answers `{ ok: true }` at once, for every well-formed address, before
 * looking anything up: Strapi's own answer differs (and takes longer) when the account exists, which tells an
 * outsider who has an account. Strapi's own handler then does the work — token, template, mail — unobserved.
 */
export function withSilentForgotPassword(authFactory: AuthFactory): AuthFactory {
  return (deps) => {
    const controllers = authFactory(deps);
    const { strapi } = deps;
    return {
      ...controllers,
      forgotPassword(ctx: Context): Promise<void> {
        const parsed = forgotPasswordBody.safeParse(ctx.request.body);
        if (!parsed.success) {
          return Promise.reject(
            new errors.ValidationError(
              'Send a JSON body { "email": "<the account\'s address>" } and nothing else.',
            ),
          );
        }
        ctx.body = { ok: true };
        const auth: unknown = ctx.state.auth;
        const detached = {
          request: { body: { email: parsed.data.email } },
          state: { auth },
          send: () => undefined,
        };
        controllers.forgotPassword(detached as unknown as Context).catch((error: unknown) => {
          strapi.log.error(
            `forgot-password: the reset mail could not be prepared or sent: ${error instanceof Error ? error.message : String(error)}`,
          );
        });
        return Promise.resolve();
      },
    };
  };
}

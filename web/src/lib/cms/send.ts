import 'server-only';
import { issuePaths } from '@skinfacts/shared';
import { z } from 'zod';
import { env } from '@/env';
import { cmsUrl } from './client';
import { CmsError, CmsParseError, CmsRefusal } from './errors';

/** How cmsSend calls: the method (GET by default), the user's JWT, a JSON body, query and extra headers. */
export type SendOptions = {
  method?: string;
  jwt?: string;
  body?: unknown;
  query?: Record<string, string | number>;
  headers?: Record<string, string>;
};

/** The CMS's Retry-After in seconds, when it sends a usable one (its rate limits do). */
function retryAfter(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

/**
 * Uncached CMS calls made on someone's behalf (a moderator's decision, a visitor's comment): GET, POST or
 * PATCH, a JSON body, extra headers. A non-2xx answer is a CmsRefusal carrying the CMS's status and body, so
 * a route can pass it on; no answer is a CmsError; a 2xx body that does not match `schema` is a CmsParseError.
 */
export async function cmsSend<S extends z.ZodType>(
  path: string,
  schema: S,
  options: SendOptions = {},
): Promise<z.output<S>> {
  const headers = new Headers({ Accept: 'application/json', ...options.headers });
  if (options.jwt) headers.set('Authorization', `Bearer ${options.jwt}`);
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  let response: Response;
  let json: unknown;
  try {
    response = await fetch(cmsUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: 'no-store',
      signal: AbortSignal.timeout(env.CMS_TIMEOUT_MS),
    });
    json = await response.json().catch(() => null);
  } catch (cause) {
    throw new CmsError(`CMS unreachable (${path})`, null, path, { cause });
  }
  if (!response.ok) throw new CmsRefusal(response.status, json, retryAfter(response));
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new CmsParseError(path, issuePaths(parsed.error), z.prettifyError(parsed.error));
  }
  return parsed.data;
}

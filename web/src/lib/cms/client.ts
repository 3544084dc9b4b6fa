import 'server-only';
import { issuePaths } from '@skinfacts/shared';
import { z } from 'zod';
import { env } from '@/env';
import { withDraftDates } from './draft-dates';
import { CmsError, CmsParseError } from './errors';
import { noteCmsUnavailable } from './outage-clock';

export { CmsError, CmsParseError, CmsRefusal } from './errors';

export type QueryValue = string | number | boolean;

export interface CmsFetchOptions {
  /** Query parameters; keys are used verbatim (e.g. "pagination[page]"). */
  query?: Record<string, QueryValue | undefined>;
  /**
   * Cache tags from TAGS (tags.ts). A tagged read is cached until one of its tags is revalidated.
   * Rule: tag the item(s) the read is about, its own type's collection tag, and the collection tag of
   * every other type it embeds — so a change to any type revalidates every page showing it.
   */
  tags?: string[];
  /** Draft-mode read: asks for drafts with CMS_PREVIEW_TOKEN and is never cached. */
  draft?: boolean;
}

function cachingFor(options: CmsFetchOptions): RequestInit {
  if (options.draft) return { cache: 'no-store' };
  if (options.tags && options.tags.length > 0) return { cache: 'force-cache', next: { tags: options.tags } };
  return { cache: 'no-store' };
}

export function cmsUrl(path: string, query: CmsFetchOptions['query'] = {}): URL {
  const url = new URL(`${env.CMS_URL}${path.startsWith('/') ? path : `/${path}`}`);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url;
}

/** The CMS is down, slow or failing rather than the request being wrong: the page answers 503, not 500. */
function unavailable(error: CmsError): CmsError {
  noteCmsUnavailable();
  return error;
}

function timeoutError(path: string, status: number | null, cause: unknown): CmsError {
  return unavailable(
    new CmsError(`CMS timed out after ${env.CMS_TIMEOUT_MS} ms (${path})`, status, path, { cause }),
  );
}

async function readJson(response: Response, path: string, signal: AbortSignal): Promise<unknown> {
  try {
    return await response.json();
  } catch (cause) {
    if (signal.aborted) throw timeoutError(path, response.status, cause);
    throw new CmsError(`CMS response from ${path} is not JSON`, response.status, path, { cause });
  }
}

/**
 * GETs a CMS REST path and parses the JSON body with `schema`. Throws CmsError on a network
 * error, a timeout (CMS_TIMEOUT_MS) or a non-2xx status, and CmsParseError when the body does
 * not match. Never returns unparsed data. A network error, timeout or 5xx is also noted
 * (outage-clock.ts), so the page that fails because of it answers 503 instead of 500 (web/server.js).
 */
export async function cmsFetch<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  options: CmsFetchOptions = {},
): Promise<z.output<Schema>> {
  const url = cmsUrl(path, options.draft ? { ...options.query, status: 'draft' } : options.query);
  const headers = new Headers();
  headers.set('Accept', 'application/json');
  // Only draft reads carry the token: published content is public, and a secret sent less is leaked less.
  if (options.draft) {
    if (!env.CMS_PREVIEW_TOKEN) {
      throw new CmsError(`Draft preview needs CMS_PREVIEW_TOKEN to read drafts (${path})`, null, path);
    }
    headers.set('Authorization', `Bearer ${env.CMS_PREVIEW_TOKEN}`);
  }

  // The only abort source is this timeout, so an aborted signal means "timed out".
  const signal = AbortSignal.timeout(env.CMS_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(url, { ...cachingFor(options), headers, signal });
  } catch (cause) {
    if (signal.aborted) throw timeoutError(path, null, cause);
    throw unavailable(new CmsError(`CMS could not be reached (${path})`, null, path, { cause }));
  }

  if (!response.ok) {
    await response.body?.cancel();
    const error = new CmsError(`CMS answered ${response.status} for ${path}`, response.status, path);
    throw response.status >= 500 ? unavailable(error) : error;
  }

  const json = await readJson(response, path, signal);
  const parsed = schema.safeParse(options.draft ? withDraftDates(json) : json);
  if (!parsed.success) {
    throw new CmsParseError(path, issuePaths(parsed.error), z.prettifyError(parsed.error));
  }
  return parsed.data;
}

import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { contentChangeSchema, type ContentChangeInput as ContentChange } from '@skinfacts/shared';
import { OutboxPayloadError, outboxOf, type DeliveryOutcome, type OutboxHandler } from '../outbox';
import type { RevalidationSettings } from './settings';

export const REVALIDATION_KIND = 'revalidation';

const describe = (change: ContentChange) =>
  change.type === 'comment'
    ? `comments on ${change.articles.join(', ') || '(no article)'}`
    : `${change.type} ${change.slugs?.join(', ') || '(no slug)'}`;

/** Checked against the site's schema, but sent as it was built (the site fills in the defaults itself). */
const storedChange = z.custom<ContentChange>(
  (value) => contentChangeSchema.safeParse(value).success,
  'not a change the site accepts (contentChangeSchema in @skinfacts/shared)',
);

/** One POST. A 4xx means a wrong secret or body: trying again gets the same answer, so it is not retried. */
async function post(settings: RevalidationSettings, change: ContentChange): Promise<DeliveryOutcome> {
  try {
    const response = await fetch(settings.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${settings.secret}` },
      body: JSON.stringify(change),
      signal: AbortSignal.timeout(settings.timeoutMs),
    });
    await response.body?.cancel();
    if (response.ok) return { ok: true };
    return {
      ok: false,
      reason: `the site answered ${response.status} (POST ${settings.endpoint})`,
      retry: response.status >= 500,
    };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      reason: `could not reach the site: ${message}${cause} (POST ${settings.endpoint})`,
      retry: true,
    };
  }
}

/**
 * Delivers revalidation messages. Sending one twice is harmless — the site expires the same tags again and
 * re-renders the same pages — so a message whose instance died mid-send is simply sent again by the instance
 * that takes it over (at-least-once), and no "did it go out?" check is needed.
 */
export function revalidationHandler(settings: RevalidationSettings): OutboxHandler<ContentChange> {
  return {
    payload: storedChange,
    retryDelaysMs: settings.retryDelaysMs,
    describe: (change) => `tell the site about ${describe(change)}`,
    deliver: (change) => post(settings, change),
  };
}

/**
 * Queues `change` for the site in the outbox, in the caller's transaction if there is one, and has it sent as
 * soon as that commits. Failures are retried (settings.retryDelaysMs) by whichever CMS instance claims the
 * message, then the message stays `failed` with its last error, and a warning is logged. A change the site
 * would refuse is logged and dropped rather than failing the editor's write.
 */
export async function notifySite(strapi: Core.Strapi, change: ContentChange): Promise<void> {
  try {
    await outboxOf(strapi).send(REVALIDATION_KIND, change);
  } catch (error) {
    if (!(error instanceof OutboxPayloadError)) throw error;
    strapi.log.warn(`revalidation: not telling the site about ${describe(change)}: ${error.message}`);
  }
}

import type { CmsEnv } from '../env';

/** Where and how the CMS tells the site that published content changed. */
export type RevalidationSettings = {
  /** `${WEB_URL}/api/revalidate` */
  endpoint: string;
  secret: string;
  /** Per attempt. */
  timeoutMs: number;
  /** Waits before the 2nd, 3rd… attempt after a network error or a 5xx. */
  retryDelaysMs: number[];
};

/**
 * From WEB_URL, REVALIDATE_SECRET and the optional REVALIDATE_TIMEOUT_MS / REVALIDATE_RETRY_DELAYS_MS, as
 * src/env.ts parsed them (a WEB_URL without a secret stops the boot there). Null (revalidation off) when
 * WEB_URL is unset.
 */
export function revalidationSettings(env: CmsEnv): RevalidationSettings | null {
  if (!env.WEB_URL || !env.REVALIDATE_SECRET) return null;
  return {
    endpoint: `${env.WEB_URL.replace(/\/+$/, '')}/api/revalidate`,
    secret: env.REVALIDATE_SECRET,
    timeoutMs: env.REVALIDATE_TIMEOUT_MS,
    retryDelaysMs: env.REVALIDATE_RETRY_DELAYS_MS,
  };
}

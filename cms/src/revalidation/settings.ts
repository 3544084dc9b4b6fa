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

const DEFAULT_TIMEOUT_MS = 3000;
const DEFAULT_RETRY_DELAYS_MS = [1000, 5000];

function positiveInt(raw: string | undefined, fallback: number, name: string): number {
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

function delays(raw: string | undefined): number[] {
  if (raw === undefined || raw.trim() === '') return DEFAULT_RETRY_DELAYS_MS;
  if (raw.trim() === 'none') return [];
  return raw.split(',').map((part) => positiveInt(part.trim(), 0, 'REVALIDATE_RETRY_DELAYS_MS'));
}

/**
 * Reads WEB_URL, REVALIDATE_SECRET and the optional REVALIDATE_TIMEOUT_MS / REVALIDATE_RETRY_DELAYS_MS.
 * Returns null (revalidation off) when WEB_URL is unset; a WEB_URL without a secret is a configuration error.
 */
export function revalidationSettings(env: Record<string, string | undefined>): RevalidationSettings | null {
  const webUrl = env.WEB_URL?.trim();
  if (!webUrl) return null;
  const secret = env.REVALIDATE_SECRET?.trim();
  if (!secret) {
    throw new Error('WEB_URL is set but REVALIDATE_SECRET is not: the site would refuse every revalidation.');
  }
  if (!/^https?:\/\/[^/]/.test(webUrl) || !URL.canParse(webUrl)) {
    throw new Error(`WEB_URL must be an http(s) URL, got "${webUrl}"`);
  }
  return {
    endpoint: `${webUrl.replace(/\/+$/, '')}/api/revalidate`,
    secret,
    timeoutMs: positiveInt(env.REVALIDATE_TIMEOUT_MS, DEFAULT_TIMEOUT_MS, 'REVALIDATE_TIMEOUT_MS'),
    retryDelaysMs: delays(env.REVALIDATE_RETRY_DELAYS_MS),
  };
}

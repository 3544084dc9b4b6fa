import { z } from 'zod';

/**
 * The CMS's own environment, parsed with zod: the only code under src/ that reads process.env. Strapi's
 * config files (config/*.ts) read theirs through Strapi's `env()`. Every variable is described in
 * cms/.env.example; `npm start` writes cms/.env with generated secrets.
 *
 * register() parses it first (src/index.ts), so a wrong or, in production, missing value stops the boot with
 * its name. Reads go through cmsEnv(), which parses again only when a variable changed (tests change them
 * between Strapi instances in one process).
 */

const WHERE = 'Set it in cms/.env (`npm start` generates one; cms/.env.example describes every variable).';

/** Secrets without which a production CMS must not start; in development and tests they may be empty. */
const PRODUCTION_SECRETS = {
  APP_KEYS: "signs Strapi's sessions and the comment form tokens",
  COMMENT_IP_SALT:
    "salts the hash of commenters' IP addresses (unsalted, anyone could reverse it by hashing every address)",
  EMAIL_LINK_SECRET:
    "signs the confirm and unsubscribe links in mails (one secret across instances, apart from APP_KEYS, so rotating Strapi's keys does not break the links already mailed)",
} as const;

const positiveInt = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a positive integer` })
    .int(`${name} must be a positive integer`)
    .positive(`${name} must be a positive integer`);

const httpUrl = (name: string) =>
  z.string().refine((value) => /^https?:\/\/[^/]/.test(value) && URL.canParse(value), {
    error: (issue) => `${name} must be an http(s) URL, got "${String(issue.input)}"`,
  });

/** Waits before retrying a failed delivery: comma-separated milliseconds, or "none". */
const retryDelaysOf = (name: string) =>
  z.string().transform((raw, context) => {
    if (raw === 'none') return [];
    const delays = raw.split(',').map((part) => Number(part.trim()));
    if (delays.some((delay) => !Number.isInteger(delay) || delay <= 0)) {
      context.addIssue({
        code: 'custom',
        message: `${name} must be positive integers separated by commas, or "none", got "${raw}"`,
      });
      return z.NEVER;
    }
    return delays;
  });

const cmsEnvObject = z.object({
  NODE_ENV: z.string().default('development'),
  /** Strapi's signing keys; the first also signs comment form tokens. config/server.ts requires them. */
  APP_KEYS: z
    .string()
    .default('')
    .transform((raw) =>
      raw
        .split(',')
        .map((key) => key.trim())
        .filter(Boolean),
    ),
  /** Salt of the stored hash of a commenter's IP. */
  COMMENT_IP_SALT: z.string().default(''),
  /** Proves a server-to-server call comes from the site. Unset: nobody is trusted to forward a visitor's IP. */
  WEB_TO_CMS_SECRET: z.string().optional(),
  /** The site, for revalidation requests (and, without WEB_PUBLIC_URL, its links in mails). Unset: revalidation off. */
  WEB_URL: httpUrl('WEB_URL').optional(),
  /** The site as browsers reach it, when WEB_URL is an internal address. */
  WEB_PUBLIC_URL: z.string().optional(),
  REVALIDATE_SECRET: z.string().optional(),
  REVALIDATE_TIMEOUT_MS: positiveInt('REVALIDATE_TIMEOUT_MS').default(3000),
  /** Retries come from the outbox (src/outbox/), so they outlast an instance: up to about 1 h 45 min. */
  REVALIDATE_RETRY_DELAYS_MS: retryDelaysOf('REVALIDATE_RETRY_DELAYS_MS').default([
    1000, 5000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000,
  ]),
  /** Signs the links in mails (confirm, unsubscribe). Required in production; elsewhere unset: derived from APP_KEYS. */
  EMAIL_LINK_SECRET: z.string().optional(),
  /** Waits before retrying a mail the SMTP server did not accept: about 5 h in all, then it stays `failed`. */
  EMAIL_RETRY_DELAYS_MS: retryDelaysOf('EMAIL_RETRY_DELAYS_MS').default([
    5000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 3_600_000, 3_600_000,
  ]),
  /** How often moderators' digests are considered when Comment settings choose a digest (it sets the period). */
  EMAIL_DIGEST_CHECK_MS: positiveInt('EMAIL_DIGEST_CHECK_MS').default(60_000),
  /** How often each instance looks for due outbox messages nobody announced (retries, other instances' leftovers). */
  OUTBOX_POLL_INTERVAL_MS: positiveInt('OUTBOX_POLL_INTERVAL_MS').default(1000),
  /** Outbox deliveries one instance runs at once (mails to send, revalidations to ask for). */
  OUTBOX_CONCURRENCY: positiveInt('OUTBOX_CONCURRENCY').default(8),
  /** How long an instance's claim on an outbox message holds before another instance may take it over. */
  OUTBOX_LEASE_MS: positiveInt('OUTBOX_LEASE_MS').default(30_000),
  /** Days a sent outbox message is kept (to look at) before the hourly cleanup deletes it. */
  OUTBOX_KEEP_SENT_DAYS: positiveInt('OUTBOX_KEEP_SENT_DAYS').default(7),
  /** How often the job that clears old comments' IP hash and user agent runs (once across instances). */
  SIGNAL_RETENTION_EVERY_MS: positiveInt('SIGNAL_RETENTION_EVERY_MS').default(3_600_000),
  /** The site's draft-reading API token, which the CMS makes match on every boot (src/preview/token.ts). */
  CMS_PREVIEW_TOKEN: z.string().optional(),
  SEED_ADMIN_EMAIL: z.string().optional(),
  SEED_ADMIN_PASSWORD: z.string().optional(),
  SEED_MODERATOR_EMAIL: z.string().optional(),
  SEED_MODERATOR_PASSWORD: z.string().optional(),
  SEED_EDITOR_EMAIL: z.string().optional(),
  SEED_EDITOR_PASSWORD: z.string().optional(),
  /** `if-empty`: seed the demo content on boot when the database holds none. */
  SEED_DEMO_CONTENT: z.string().optional(),
  /** Shared counters (comment and login limits) for several CMS instances. Unset: counted in this process. */
  REDIS_URL: z
    .string()
    .refine((value) => /^rediss?:\/\/[^/]/.test(value) && URL.canParse(value), {
      error: (issue) => `REDIS_URL must be a redis:// or rediss:// URL, got "${String(issue.input)}"`,
    })
    .optional(),
  /** Starts every key the CMS writes to Redis, so several apps (or tests) can share one server. */
  REDIS_KEY_PREFIX: z.string().default('skinfacts:'),
});

const cmsEnvSchema = cmsEnvObject.superRefine((env, context) => {
  if (env.WEB_URL && !env.REVALIDATE_SECRET) {
    context.addIssue({
      code: 'custom',
      path: ['REVALIDATE_SECRET'],
      message: 'WEB_URL is set but REVALIDATE_SECRET is not: the site would refuse every revalidation.',
    });
  }
  if (env.OUTBOX_LEASE_MS <= env.REVALIDATE_TIMEOUT_MS) {
    context.addIssue({
      code: 'custom',
      path: ['OUTBOX_LEASE_MS'],
      message: `OUTBOX_LEASE_MS (${env.OUTBOX_LEASE_MS}) must be longer than REVALIDATE_TIMEOUT_MS (${env.REVALIDATE_TIMEOUT_MS}): a claim that runs out mid-send lets another instance send the same message.`,
    });
  }
  if (env.NODE_ENV !== 'production') return;
  for (const [name, purpose] of Object.entries(PRODUCTION_SECRETS)) {
    const value = env[name as keyof typeof PRODUCTION_SECRETS];
    if (!value || value.length === 0) {
      context.addIssue({
        code: 'custom',
        path: [name],
        message: `${name} is not set; in production it is required: it ${purpose}.`,
      });
    }
  }
});

export type CmsEnv = z.output<typeof cmsEnvSchema>;

const KEYS = Object.keys(cmsEnvObject.shape);

/** Trimmed; empty strings (e.g. `CMS_PREVIEW_TOKEN=` in cms/.env) count as unset. */
function relevant(source: Record<string, string | undefined>): Record<string, string> {
  const entries = KEYS.map((key) => [key, source[key]?.trim()] as const);
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => Boolean(entry[1])));
}

export function parseCmsEnv(source: Record<string, string | undefined>): CmsEnv {
  const parsed = cmsEnvSchema.safeParse(relevant(source));
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `- ${issue.message}`);
  throw new Error(`The CMS's environment is not valid:\n${problems.join('\n')}\n${WHERE}`);
}

let parsed: { snapshot: string; env: CmsEnv } | undefined;

/** The environment, parsed again only when one of its variables changed. */
export function cmsEnv(source: Record<string, string | undefined> = process.env): CmsEnv {
  const snapshot = JSON.stringify(relevant(source));
  if (parsed?.snapshot !== snapshot) parsed = { snapshot, env: parseCmsEnv(source) };
  return parsed.env;
}

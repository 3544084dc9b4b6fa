type Env = (key: string) => string | undefined;

const DEFAULT_FROM = 'Skinfacts <no-reply@skinfacts.local>';

/**
 * nodemailer waits minutes by default; a send must end well inside the outbox lease (OUTBOX_LEASE_MS, 30 s), or
 * another instance could take the mail over while it is still being sent.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 15_000 };

/** nodemailer's JSON transport builds the message and hands it back without any network (no MX lookups). */
export const LOG_ONLY_TRANSPORT = { jsonTransport: true } as const;

function smtpPort(value: string | undefined, secure: boolean): number {
  if (!value?.trim()) return secure ? 465 : 587;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`SMTP_PORT must be a port number (1-65535), got "${value}"`);
  }
  return port;
}

/**
 * `plugin::email` config: Strapi's nodemailer provider, sending through SMTP_HOST. Without SMTP_HOST every mail
 * is only written to the log (src/extensions/email/strapi-server.ts), so nothing is ever sent by guesswork.
 */
export function emailConfig(env: Env) {
  const host = env('SMTP_HOST')?.trim();
  const secure = env('SMTP_SECURE')?.trim() === 'true';
  const user = env('SMTP_USER')?.trim();
  const providerOptions = host
    ? {
        host,
        port: smtpPort(env('SMTP_PORT'), secure),
        secure,
        ...SMTP_TIMEOUTS,
        ...(user ? { auth: { user, pass: env('SMTP_PASS') ?? '' } } : {}),
      }
    : LOG_ONLY_TRANSPORT;
  return {
    provider: 'nodemailer',
    providerOptions,
    settings: {
      defaultFrom: env('EMAIL_FROM')?.trim() || DEFAULT_FROM,
      defaultReplyTo: env('EMAIL_REPLY_TO')?.trim() || undefined,
    },
  };
}

/** "Name <address>" or a bare address, as users-permissions stores a sender. */
export function splitSender(from: string): { name: string; email: string } {
  const match = /^\s*(.*?)\s*<([^<>\s]+)>\s*$/.exec(from);
  if (match) return { name: match[1] || 'Skinfacts', email: match[2] as string };
  return { name: 'Skinfacts', email: from.trim() };
}

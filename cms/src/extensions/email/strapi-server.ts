import type { Core } from '@strapi/strapi';

type Mail = { to?: unknown; subject?: unknown; text?: unknown };
type Provider = { send: (mail: Mail) => Promise<unknown> };
type EmailPlugin = { bootstrap: (context: { strapi: Core.Strapi }) => Promise<void> };

/**
 * Without SMTP_HOST the provider uses nodemailer's JSON transport (config/plugins.ts), which sends nothing;
 * each mail is written to the log instead, so a developer can still follow a password-reset link.
 */
function logMailsInstead(strapi: Core.Strapi) {
  const plugin = strapi.plugin('email') as unknown as { provider: Provider };
  const { provider } = plugin;
  strapi.log.info('email: SMTP_HOST is not set, so mails are written to this log instead of being sent.');
  plugin.provider = {
    ...provider,
    async send(mail: Mail) {
      const result = await provider.send(mail);
      strapi.log.info(
        `email not sent (no SMTP_HOST) — to: ${String(mail.to)}, subject: ${String(mail.subject)}\n${String(mail.text)}`,
      );
      return result;
    },
  };
}

export default (plugin: EmailPlugin) => {
  const bootstrap = plugin.bootstrap;
  plugin.bootstrap = async (context) => {
    await bootstrap(context);
    const config: { providerOptions?: { jsonTransport?: boolean } } =
      context.strapi.config.get('plugin::email');
    if (config.providerOptions?.jsonTransport) logMailsInstead(context.strapi);
  };
  return plugin;
};

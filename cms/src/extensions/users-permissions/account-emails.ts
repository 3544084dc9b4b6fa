import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../../env';
import { splitSender } from '../email/email-config';

type Template = { options?: { from?: { name?: string; email?: string }; response_email?: string } };

/**
 * On every boot: the reset-password link points at the site (`<site>/moderation/reset-password?code=…`), and
 * users-permissions' mails come from EMAIL_FROM (its default sender is Strapi's no-reply address).
 */
export async function configureAccountEmails(strapi: Core.Strapi) {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const env = cmsEnv();
  const site = (env.WEB_PUBLIC_URL ?? env.WEB_URL)?.replace(/\/+$/, '');
  if (site) {
    const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
    await store.set({
      key: 'advanced',
      value: { ...advanced, email_reset_password: `${site}/moderation/reset-password` },
    });
  }

  const settings: { defaultFrom: string; defaultReplyTo?: string } =
    strapi.config.get('plugin::email.settings');
  const from = splitSender(settings.defaultFrom);
  const templates = ((await store.get({ key: 'email' })) ?? {}) as Record<string, Template>;
  const withSender = Object.fromEntries(
    Object.entries(templates).map(([name, template]) => [
      name,
      {
        ...template,
        options: { ...template.options, from, response_email: settings.defaultReplyTo ?? '' },
      },
    ]),
  );
  await store.set({ key: 'email', value: withSender });
}

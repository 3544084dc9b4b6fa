import type { Core } from '@strapi/strapi';
import { configureAccountEmails } from './account-emails';
import { withSilentForgotPassword } from './forgot-password';

type UsersPermissionsPlugin = {
  bootstrap: (context: { strapi: Core.Strapi }) => Promise<void>;
  controllers: { auth: Parameters<typeof withSilentForgotPassword>[0] };
  contentTypes: { user: { schema: { attributes: Record<string, unknown> } } };
};

export default (plugin: UsersPermissionsPlugin) => {
  plugin.controllers.auth = withSilentForgotPassword(plugin.controllers.auth);
  // A moderator's own switch for the held-comment mails (the moderation console; src/notifications/).
  plugin.contentTypes.user.schema.attributes.moderatorMails = {
    type: 'boolean',
    default: true,
    private: true,
    configurable: false,
  };
  const bootstrap = plugin.bootstrap;
  plugin.bootstrap = async (context) => {
    await bootstrap(context);
    await configureAccountEmails(context.strapi);
  };
  return plugin;
};

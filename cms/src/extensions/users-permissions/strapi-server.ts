import type { Core } from '@strapi/strapi';
import { configureAccountEmails } from './account-emails';
import { withSilentForgotPassword } from './forgot-password';

type UsersPermissionsPlugin = {
  bootstrap: (context: { strapi: Core.Strapi }) => Promise<void>;
  controllers: { auth: Parameters<typeof withSilentForgotPassword>[0] };
};

export default (plugin: UsersPermissionsPlugin) => {
  plugin.controllers.auth = withSilentForgotPassword(plugin.controllers.auth);
  const bootstrap = plugin.bootstrap;
  plugin.bootstrap = async (context) => {
    await bootstrap(context);
    await configureAccountEmails(context.strapi);
  };
  return plugin;
};

import type { Core } from '@strapi/strapi';
import { registerDocumentRules } from './bootstrap/document-rules';
import { configurePublicPermissions } from './bootstrap/public-permissions';
import { configureRoles } from './bootstrap/roles';
import { ensureDemoAccounts } from './bootstrap/demo-accounts';
import { seedDemoContentIfRequested } from './bootstrap/demo-content';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentRules(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await configurePublicPermissions(strapi);
    await configureRoles(strapi);
    await ensureDemoAccounts(strapi);
    await seedDemoContentIfRequested(strapi);
  },
};

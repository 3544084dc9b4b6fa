import type { Core } from '@strapi/strapi';
import { cmsEnv } from './env';
import { registerDocumentRules } from './document-rules';
import { configurePublicPermissions } from './bootstrap/public-permissions';
import { configureRoles } from './bootstrap/roles';
import { ensureDemoAccounts } from './bootstrap/demo-accounts';
import { seedDemoContentIfRequested } from './bootstrap/demo-content';
import { registerRevalidation } from './revalidation';
import { guardOutboxMessages, outboxOf } from './outbox';
import { ensurePreviewToken } from './preview/token';
import { anonymiseOnAccountDelete } from './api/commenter-account/on-delete';
import { awaitSharedRedis, closeSharedRedis } from './limits/shared-redis';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // First: a wrong or (in production) missing variable stops the boot here, with its name.
    cmsEnv();
    registerDocumentRules(strapi);
    guardOutboxMessages(strapi);
    registerRevalidation(strapi);
    anonymiseOnAccountDelete(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await awaitSharedRedis();
    await configurePublicPermissions(strapi);
    await configureRoles(strapi);
    await ensureDemoAccounts(strapi);
    await seedDemoContentIfRequested(strapi);
    await ensurePreviewToken(strapi);
    // Last: messages left by an earlier run or another instance are delivered from here on.
    outboxOf(strapi).start();
  },

  /** Lets outbox deliveries already on their way finish and record their outcome before the process exits. */
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await outboxOf(strapi).stop();
    await closeSharedRedis();
  },
};

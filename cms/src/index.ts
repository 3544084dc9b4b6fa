import type { Core } from '@strapi/strapi';
import { cmsEnv } from './env';
import { registerDocumentRules } from './document-rules';
import { configurePublicPermissions } from './bootstrap/public-permissions';
import { configureRoles } from './bootstrap/roles';
import { ensureDemoAccounts } from './bootstrap/demo-accounts';
import { applyEditorLayouts } from './bootstrap/editor-layouts';
import { registerEditorDashboardRoutes } from './editor-dashboard/routes';
import { seedDemoContentIfRequested } from './bootstrap/demo-content';
import { registerRevalidation } from './revalidation';
import { registerSlugRedirects } from './redirects';
import { guardOutboxMessages, outboxOf } from './outbox';
import { ensurePreviewToken } from './preview/token';
import { registerNotifications, startNotifications, stopNotifications } from './notifications';
import { anonymiseOnAccountDelete } from './api/commenter-account/on-delete';
import { awaitSharedRedis, closeSharedRedis } from './limits/shared-redis';
import { guardPrivacyAudit } from './privacy/audit';
import { startSignalRetention, stopSignalRetention } from './privacy/retention';
import { startScheduledPublishing } from './scheduling';
import { clearScheduleOnManualAction } from './scheduling/clear-on-manual';
import type { RunningJob } from './jobs/run-once';

/** Each Strapi instance's scheduler (tests boot several in one process). */
const schedulers = new WeakMap<Core.Strapi, RunningJob>();

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // First: a wrong or (in production) missing variable stops the boot here, with its name.
    cmsEnv();
    registerDocumentRules(strapi);
    guardOutboxMessages(strapi);
    guardPrivacyAudit(strapi);
    registerRevalidation(strapi);
    registerNotifications(strapi);
    // Inside the revalidation middleware, so its before/after reads see the redirects this write changes.
    registerSlugRedirects(strapi);
    clearScheduleOnManualAction(strapi);
    anonymiseOnAccountDelete(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await awaitSharedRedis();
    registerEditorDashboardRoutes(strapi);
    await configurePublicPermissions(strapi);
    await configureRoles(strapi);
    await applyEditorLayouts(strapi);
    await ensureDemoAccounts(strapi);
    await seedDemoContentIfRequested(strapi);
    await ensurePreviewToken(strapi);
    // Last: messages left by an earlier run or another instance are delivered from here on.
    outboxOf(strapi).start();
    startSignalRetention(strapi);
    startNotifications(strapi);
    schedulers.set(strapi, startScheduledPublishing(strapi));
  },

  /** Lets outbox deliveries already on their way finish and record their outcome before the process exits. */
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await schedulers.get(strapi)?.stop();
    await stopNotifications(strapi);
    await Promise.all([outboxOf(strapi).stop(), stopSignalRetention(strapi)]);
    await closeSharedRedis();
  },
};

import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { MODERATION_STATUSES } from '@skinfacts/shared';
import { COMMENT_UID } from '../api/comment/uid';
import { reviewReportOf } from '../api/review-report/services/review-report';
import { cmsEnv } from '../env';
import { EDITOR_DASHBOARD_PATHS, type CommentsWaitingAnswer, type ReviewsDueAnswer } from './contract';

/** The home page lists what falls due within this many days, like `npm run reviews:due`. */
export const REVIEWS_WINDOW_DAYS = 30;

const UPDATE = 'plugin::content-manager.explorer.update';
const READ = 'plugin::content-manager.explorer.read';
const TYPE_UID = { article: 'api::article.article', treatment: 'api::treatment.treatment' } as const;

/**
 * Who may read each route: whoever can act on it. Reviews: update rights on articles and treatments;
 * comments: read rights on comments. The widgets ask for the same permissions (src/admin/app.tsx).
 */
export const WIDGET_PERMISSIONS = {
  reviewsDue: [
    [UPDATE, TYPE_UID.article],
    [UPDATE, TYPE_UID.treatment],
  ],
  commentsWaiting: [[READ, COMMENT_UID]],
} as const;

function adminPolicies(actions: ReadonlyArray<readonly [string, string]>) {
  return [
    'admin::isAuthenticatedAdmin',
    { name: 'admin::hasPermissions', config: { actions: actions.map((pair) => [...pair]) } },
  ];
}

function noStore(ctx: Context) {
  ctx.set('Cache-Control', 'no-store');
}

function moderationUrl(): string | null {
  const env = cmsEnv();
  const site = env.WEB_PUBLIC_URL || env.WEB_URL;
  return site && URL.canParse(site) ? new URL('/moderation', site).toString() : null;
}

/**
 * Admin API routes (admin JWT, like the content manager's own) behind the home-page widgets "Medical
 * reviews due" and "Comments waiting". Registered at bootstrap, before the server mounts its routers.
 */
export function registerEditorDashboardRoutes(strapi: Core.Strapi) {
  strapi.server.routes({
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: EDITOR_DASHBOARD_PATHS.reviewsDue,
        handler: async (ctx: Context) => {
          const due = await reviewReportOf(strapi).due(new Date(), REVIEWS_WINDOW_DAYS);
          const body: ReviewsDueAnswer = {
            data: due.map((item) => ({
              type: item.type,
              documentId: item.documentId,
              title: item.title,
              state: item.state,
              dueAt: item.dueAt,
              reviewer: item.reviewer,
              editPath: `/content-manager/collection-types/${TYPE_UID[item.type]}/${item.documentId}`,
            })),
            meta: { withinDays: REVIEWS_WINDOW_DAYS },
          };
          noStore(ctx);
          ctx.body = body;
        },
        config: { policies: adminPolicies(WIDGET_PERMISSIONS.reviewsDue) },
        info: { pluginName: 'admin' },
      },
      {
        method: 'GET',
        path: EDITOR_DASHBOARD_PATHS.commentsWaiting,
        handler: async (ctx: Context) => {
          const comments = strapi.db.query(COMMENT_UID);
          const counts = await Promise.all(
            MODERATION_STATUSES.map((status) => comments.count({ where: { moderationStatus: status } })),
          );
          const [pending = 0, approved = 0, rejected = 0, spam = 0] = counts;
          const body: CommentsWaitingAnswer = {
            data: { pending, approved, rejected, spam },
            meta: { moderationUrl: moderationUrl() },
          };
          noStore(ctx);
          ctx.body = body;
        },
        config: { policies: adminPolicies(WIDGET_PERMISSIONS.commentsWaiting) },
        info: { pluginName: 'admin' },
      },
    ],
  });
}

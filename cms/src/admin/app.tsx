import type { StrapiApp } from '@strapi/strapi/admin';
import { Clock, Message } from '@strapi/icons';

/** Same actions and subjects as the routes behind them (src/editor-dashboard/routes.ts, WIDGET_PERMISSIONS). */
const REVIEWS_DUE_PERMISSIONS = [
  { action: 'plugin::content-manager.explorer.update', subject: 'api::article.article' },
  { action: 'plugin::content-manager.explorer.update', subject: 'api::treatment.treatment' },
];
const COMMENTS_WAITING_PERMISSIONS = [
  { action: 'plugin::content-manager.explorer.read', subject: 'api::comment.comment' },
];

/** The admin panel's own customisations: two home-page widgets for editors. */
export default {
  config: { locales: [] },
  register(app: StrapiApp) {
    app.widgets.register([
      {
        id: 'medical-reviews-due',
        icon: Clock,
        title: { id: 'skinfacts.widgets.reviews-due.title', defaultMessage: 'Medical reviews due' },
        component: async () => (await import('./widgets/reviews-due')).ReviewsDueWidget,
        permissions: REVIEWS_DUE_PERMISSIONS,
      },
      {
        id: 'comments-waiting',
        icon: Message,
        title: { id: 'skinfacts.widgets.comments-waiting.title', defaultMessage: 'Comments waiting' },
        component: async () => (await import('./widgets/comments-waiting')).CommentsWaitingWidget,
        permissions: COMMENTS_WAITING_PERMISSIONS,
      },
    ]);
  },
  bootstrap() {},
};

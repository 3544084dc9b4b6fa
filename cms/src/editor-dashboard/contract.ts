/**
 * What the admin panel's home-page widgets read from the CMS (src/admin/widgets/ ↔ ./routes.ts). Types only,
 * so the admin bundle takes nothing from the server code.
 */
export const EDITOR_DASHBOARD_PATHS = {
  reviewsDue: '/editor-dashboard/reviews-due',
  commentsWaiting: '/editor-dashboard/comments-waiting',
} as const;

export type ReviewDueEntry = {
  type: 'article' | 'treatment';
  documentId: string;
  title: string;
  state: 'never-reviewed' | 'overdue' | 'due-soon';
  /** YYYY-MM-DD, null when never reviewed. */
  dueAt: string | null;
  reviewer: string | null;
  /** The entry in the content manager, relative to the admin panel (`/content-manager/…`). */
  editPath: string;
};

export type ReviewsDueAnswer = { data: ReviewDueEntry[]; meta: { withinDays: number } };

export type CommentsWaitingAnswer = {
  data: { pending: number; approved: number; rejected: number; spam: number };
  /** The site's moderation console, or null when the CMS does not know the site's address. */
  meta: { moderationUrl: string | null };
};

import type { ModeratedComment } from '@skinfacts/shared';

/** A comment as the moderation API serves it, for component and route tests: a guest's pending comment. */
export const moderatedComment = (
  documentId: string,
  extra: Partial<ModeratedComment> = {},
): ModeratedComment => ({
  documentId,
  article: { documentId: 'a1', title: 'Microneedling at home', slug: 'microneedling-at-home' },
  parent: null,
  authorName: 'Sam K.',
  authorEmail: `${documentId}@example.com`,
  authorUrl: null,
  body: `Body of ${documentId}`,
  moderationStatus: 'pending',
  holdReasons: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  moderatedAt: null,
  moderatedBy: null,
  staffReply: false,
  account: null,
  reports: [],
  ...extra,
});

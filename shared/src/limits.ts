/**
 * Maximum lengths (in characters) for text fields. The CMS content-type schemas, the comment
 * controller and the site's forms all use these numbers, so they can never drift apart.
 */
export const LIMITS = {
  authorName: 100,
  authorEmail: 254,
  authorUrl: 200,
  commentBody: 5000,
  title: 160,
  excerpt: 300,
  slug: 120,
  name: 120,
  summary: 500,
  seoTitle: 70,
  seoDescription: 160,
  citationTitle: 300,
  reason: 300,
  subject: 80,
  credentials: 120,
  bio: 2000,
  description: 500,
  reportNote: 500,
} as const;

export type LimitName = keyof typeof LIMITS;

/** At most this many of a visitor's own comments are looked up at once (per article, per page view). */
export const OWN_COMMENTS_LIMIT = 20;

/** A moderator's new password: long enough to resist guessing, short enough for bcrypt (it reads 72 bytes). */
export const MODERATOR_PASSWORD = { minLength: 12, maxBytes: 72 } as const;

/** Why a visitor reports a comment (the site's Report form, the CMS's comment-report `reason`). */
export const COMMENT_REPORT_REASONS = ['spam', 'abuse', 'medical-misinformation', 'other'] as const;
export type CommentReportReason = (typeof COMMENT_REPORT_REASONS)[number];

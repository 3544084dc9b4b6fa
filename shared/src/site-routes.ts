import { SLUG_PATTERN } from './slug';

/**
 * The site's route map: where each kind of content has its own page. The site links to these paths, warms
 * them after a change and lists them in its feeds; the CMS builds its preview links to them. Zod-free, so
 * browser code can link with it (@skinfacts/shared/site-routes).
 */
export const CONTENT_PAGE_PREFIXES = {
  article: '/articles/',
  treatment: '/treatments/',
  topic: '/topics/',
} as const;

/** The kinds of content with a page of their own (authors have none). */
export type ContentWithPage = keyof typeof CONTENT_PAGE_PREFIXES;

const pathOf =
  (kind: ContentWithPage) =>
  (slug: string): string =>
    `${CONTENT_PAGE_PREFIXES[kind]}${encodeURIComponent(slug)}`;

/** The site path of a content entry; slugs are encoded so an odd one can never break out of its segment. */
export const contentPath = {
  article: pathOf('article'),
  treatment: pathOf('treatment'),
  topic: pathOf('topic'),
} as const satisfies Record<ContentWithPage, (slug: string) => string>;

/** The kinds whose pages have drafts, so the CMS's Preview button can open them on the site. */
export const PREVIEWABLE_CONTENT = ['article', 'treatment'] as const satisfies readonly ContentWithPage[];

export type PreviewableContent = (typeof PREVIEWABLE_CONTENT)[number];

const MAX_PREVIEW_PATH_LENGTH = 200;

/** An article's or a treatment's page, by slug. Anything else — other sites included — is no preview path. */
export function isPreviewPath(path: string): boolean {
  if (path.length > MAX_PREVIEW_PATH_LENGTH) return false;
  return PREVIEWABLE_CONTENT.some((kind) => {
    const prefix = CONTENT_PAGE_PREFIXES[kind];
    return path.startsWith(prefix) && SLUG_PATTERN.test(path.slice(prefix.length));
  });
}

/**
 * The links in Skinfacts mails (issue 14): pages on the site that confirm a commenter's address or stop mails,
 * and the site's POST endpoints behind them. `List-Unsubscribe` names the POST endpoint, which mail clients call
 * with the body `List-Unsubscribe=One-Click` (RFC 8058). The site forwards the signed token to the CMS.
 */
export const EMAIL_LINK_PAGES = { confirm: '/email/confirm', unsubscribe: '/email/unsubscribe' } as const;
export const EMAIL_LINK_ENDPOINTS = {
  confirm: '/api/email/confirm',
  unsubscribe: '/api/email/unsubscribe',
} as const;

export type EmailLinkAction = keyof typeof EMAIL_LINK_PAGES;

/** The body a one-click unsubscribe POST carries (RFC 8058). */
export const ONE_CLICK_BODY = 'List-Unsubscribe=One-Click';

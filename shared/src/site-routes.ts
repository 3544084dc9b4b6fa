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

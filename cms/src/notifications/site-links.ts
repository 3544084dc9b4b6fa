import { EMAIL_LINK_ENDPOINTS, EMAIL_LINK_PAGES, contentPath } from '@skinfacts/shared';
import { cmsEnv } from '../env';
import { signLinkToken, type LinkPayload } from './link-tokens';

/** The site as a reader's browser reaches it: WEB_PUBLIC_URL, else WEB_URL, else the `npm start` default. */
export function siteUrl(): string {
  const env = cmsEnv();
  return (env.WEB_PUBLIC_URL ?? env.WEB_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}

const withToken = (path: string, payload: LinkPayload) =>
  `${siteUrl()}${path}?token=${encodeURIComponent(signLinkToken(payload))}`;

/** The page that confirms an address (a button there sends the confirmation). */
export const confirmPageUrl = (email: string) =>
  withToken(EMAIL_LINK_PAGES.confirm, { p: 'confirm', e: email, t: Date.now() });

export type StopLinks = {
  /** The page with a button, for the mail's body. */
  pageUrl: string;
  /** The one-click POST endpoint, for List-Unsubscribe. */
  headers: Record<string, string>;
};

/** Links that stop mails: the body's link and the List-Unsubscribe headers (RFC 8058 one-click). */
export function stopLinks(payload: Extract<LinkPayload, { p: 'unsubscribe' | 'moderator-off' }>): StopLinks {
  return {
    pageUrl: withToken(EMAIL_LINK_PAGES.unsubscribe, payload),
    headers: {
      'List-Unsubscribe': `<${withToken(EMAIL_LINK_ENDPOINTS.unsubscribe, payload)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

export const moderationUrl = (commentDocumentId?: string) =>
  commentDocumentId
    ? `${siteUrl()}/moderation?comment=${encodeURIComponent(commentDocumentId)}`
    : `${siteUrl()}/moderation`;

/** A comment on its article's page (the comment list gives each comment the id `comment-<documentId>`). */
export const commentUrl = (articleSlug: string, commentDocumentId: string) =>
  `${siteUrl()}${contentPath.article(articleSlug)}#comment-${commentDocumentId}`;

import { draftMode } from 'next/headers';
import type { NextRequest } from 'next/server';
import { env } from '@/env';
import { NO_STORE } from '@/lib/http/json-response';
import { checkPreviewLink } from '@/lib/preview/preview-link';

/**
 * The CMS's Preview button opens this (in the admin panel's iframe or a new tab) with a signed link:
 * `status=draft` turns draft mode on, `status=published` off, then the page is shown. Draft mode renders
 * pages per request from drafts, for this browser only; nothing it renders is cached.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const link = checkPreviewLink(request.nextUrl.searchParams, env.PREVIEW_SECRET);
  if (!link.ok) {
    return new Response(link.reason, {
      status: link.httpStatus,
      headers: { ...NO_STORE, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const draft = await draftMode();
  if (link.previewStatus === 'draft') draft.enable();
  else draft.disable();
  // A relative Location: the path was checked to be one of this site's article or treatment pages.
  return new Response(null, { status: 307, headers: { ...NO_STORE, Location: link.path } });
}

import { draftMode } from 'next/headers';
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { jsonBodyOf } from '@/lib/http/json-request';
import { noStoreJson } from '@/lib/http/json-response';
import { exitPreviewSchema } from '@/lib/preview/exit-request';

/**
 * POST /api/preview/exit `{ "path": "/articles/…" }` — the preview banner's "Exit preview": leaves draft mode
 * and answers the page to go back to (home when none is given). POST only, since it changes the browser's
 * state: GET answers 405, so no link or prefetch can end a preview.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const body = await jsonBodyOf(request, {}); // no body: go home
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return noStoreJson({ error: 'Send a JSON object: { "path": "/articles/…" }.' }, 400);
  }
  const queryPath = request.nextUrl.searchParams.get('path');
  const input = exitPreviewSchema.safeParse({ ...(queryPath === null ? {} : { path: queryPath }), ...body });
  if (!input.success) {
    return noStoreJson(
      { error: 'The page to return to is not a path on this site.', details: z.flattenError(input.error) },
      400,
    );
  }
  (await draftMode()).disable();
  return noStoreJson({ path: input.data.path });
}

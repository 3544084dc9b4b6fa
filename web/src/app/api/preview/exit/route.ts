import { draftMode } from 'next/headers';
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { exitPreviewSchema } from '@/lib/preview/exit-request';

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/** The JSON body, `{}` when empty, undefined when it is not JSON. */
async function bodyOf(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * POST /api/preview/exit `{ "path": "/articles/…" }` — the preview banner's "Exit preview": leaves draft mode
 * and answers the page to go back to (home when none is given). POST only, since it changes the browser's
 * state: GET answers 405, so no link or prefetch can end a preview.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const body = await bodyOf(request);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return json({ error: 'Send a JSON object: { "path": "/articles/…" }.' }, 400);
  }
  const queryPath = request.nextUrl.searchParams.get('path');
  const input = exitPreviewSchema.safeParse({ ...(queryPath === null ? {} : { path: queryPath }), ...body });
  if (!input.success) {
    return json(
      { error: 'The page to return to is not a path on this site.', details: z.flattenError(input.error) },
      400,
    );
  }
  (await draftMode()).disable();
  return json({ path: input.data.path });
}

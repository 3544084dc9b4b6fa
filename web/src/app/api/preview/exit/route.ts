import { draftMode } from 'next/headers';
import type { NextRequest } from 'next/server';
import { returnPath } from '@/lib/preview/preview-link';

/** Leaves draft mode and goes back to `path` (a page of this site), or home. */
async function exit(path: unknown): Promise<Response> {
  (await draftMode()).disable();
  return new Response(null, {
    status: 303,
    headers: { 'Cache-Control': 'no-store', Location: returnPath(path) },
  });
}

/** The preview banner's "Exit preview" form (POST, so no prefetch can leave preview by accident). */
export async function POST(request: NextRequest): Promise<Response> {
  const form = await request.formData().catch(() => null);
  return exit(form?.get('path') ?? request.nextUrl.searchParams.get('path'));
}

export async function GET(request: NextRequest): Promise<Response> {
  return exit(request.nextUrl.searchParams.get('path'));
}

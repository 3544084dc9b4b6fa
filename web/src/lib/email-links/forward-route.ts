import 'server-only';
import { ONE_CLICK_BODY, emailLinkRequestSchema, type EmailLinkAction } from '@skinfacts/shared';
import { forwardEmailLink } from '@/lib/cms/email-links';
import { forVisitor, type VisitorError } from '@/lib/comments/visitor-response';
import { noStoreJson } from '@/lib/http/json-response';

const BAD_REQUEST =
  'Send { "token": "…" } as JSON, or POST List-Unsubscribe=One-Click to the link in the mail.';

/**
 * The token of a confirm or unsubscribe POST, or null: JSON `{ token }` from the site's own page, or — for a
 * one-click unsubscribe (RFC 8058), which mail providers send cross-site as a form — `?token=` in the URL with
 * the body `List-Unsubscribe=One-Click` and nothing else.
 */
async function tokenOf(request: Request, action: EmailLinkAction): Promise<string | null> {
  const url = new URL(request.url);
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  const text = await request.text().catch(() => null);
  if (text === null) return null;
  if (type === 'application/json') {
    if ([...url.searchParams.keys()].length > 0) return null;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return null;
    }
    const parsed = emailLinkRequestSchema.safeParse(json);
    return parsed.success ? parsed.data.token : null;
  }
  if (action !== 'unsubscribe' || text.trim() !== ONE_CLICK_BODY) return null;
  const keys = [...url.searchParams.keys()];
  if (keys.length !== 1 || keys[0] !== 'token') return null;
  const parsed = emailLinkRequestSchema.safeParse({ token: url.searchParams.get('token') });
  return parsed.success ? parsed.data.token : null;
}

/** POST /api/email/<action>: checks the request's shape, then lets the CMS check the token. */
export async function forwardEmailLinkRequest(request: Request, action: EmailLinkAction): Promise<Response> {
  const token = await tokenOf(request, action);
  if (!token) return noStoreJson({ error: BAD_REQUEST } satisfies VisitorError, 400);
  return forVisitor(async () => noStoreJson(await forwardEmailLink(action, token)));
}

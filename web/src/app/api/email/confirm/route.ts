import { forwardEmailLinkRequest } from '@/lib/email-links/forward-route';

/** POST /api/email/confirm { token } — the confirm page's button (the double opt-in's second step). */
export function POST(request: Request): Promise<Response> {
  return forwardEmailLinkRequest(request, 'confirm');
}

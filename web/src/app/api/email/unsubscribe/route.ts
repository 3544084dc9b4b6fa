import { forwardEmailLinkRequest } from '@/lib/email-links/forward-route';

/**
 * POST /api/email/unsubscribe — the List-Unsubscribe URL of every mail (one click, no login: the signed token
 * is the authority) and the unsubscribe page's button. Exempt from the site door's same-origin rule.
 */
export function POST(request: Request): Promise<Response> {
  return forwardEmailLinkRequest(request, 'unsubscribe');
}

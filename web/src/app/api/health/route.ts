export const dynamic = 'force-dynamic';

/** Liveness probe for the start script and load balancers; does not touch the CMS. */
export function GET(): Response {
  return Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
}

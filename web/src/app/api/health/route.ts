import { noStoreJson } from '@/lib/http/json-response';

export const dynamic = 'force-dynamic';

/** Liveness probe for the start script and load balancers; does not touch the CMS. */
export function GET(): Response {
  return noStoreJson({ ok: true });
}

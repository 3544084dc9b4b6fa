import { safeEqual } from '@/lib/safe-equal';

/** True when `authorization` is `Bearer <expected>`. Always false while no secret is configured. */
export function bearerMatches(authorization: string | null, expected: string | undefined): boolean {
  if (!expected || !authorization) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match?.[1] !== undefined && safeEqual(match[1], expected);
}

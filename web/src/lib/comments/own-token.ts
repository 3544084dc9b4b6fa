import 'server-only';
import { createHmac } from 'node:crypto';
import { safeEqual } from '@/lib/safe-equal';

/**
 * Own-comment tokens: after a successful post the site hands the commenter
 * HMAC-SHA256(derived key, documentId), so that later only they can ask for their pending comment's status.
 * The key is derived from the web↔CMS secret with a fixed label, so the secret itself never signs anything
 * a visitor holds.
 */
const deriveKey = (secret: string) =>
  createHmac('sha256', secret).update('skinfacts:own-comment-token:v1').digest();

export function signOwnToken(secret: string, documentId: string): string {
  return createHmac('sha256', deriveKey(secret)).update(documentId, 'utf8').digest('base64url');
}

export function verifyOwnToken(secret: string, documentId: string, token: string): boolean {
  return safeEqual(token, signOwnToken(secret, documentId));
}

import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Compares a secret the caller sent with the expected one in constant time. Both are hashed first, so
 * neither the comparison nor an early length check reveals how much of the secret was right.
 */
export function safeEqual(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

import { randomBytes } from 'node:crypto';

/** A random secret: `bytes` random bytes, base64-encoded. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64');
}

/** Strapi's APP_KEYS: several secrets, comma-separated. */
export function randomAppKeys(count = 4): string {
  return Array.from({ length: count }, () => randomSecret(16)).join(',');
}

/**
 * A password Strapi accepts for an admin or users-permissions user: at least 8 characters with a lower-case
 * letter, an upper-case letter and a digit. base64url keeps it free of characters that need quoting.
 */
export function randomPassword(): string {
  return `Sf-${randomBytes(12).toString('base64url')}a1A`;
}

export function isStrongPassword(password: string): boolean {
  return password.length >= 8 && /[a-z]/.test(password) && /[A-Z]/.test(password) && /\d/.test(password);
}

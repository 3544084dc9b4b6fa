import 'server-only';
import type { IncomingMessage } from 'node:http';
import type { BlockList } from 'node:net';
import { guardedGet } from './guarded-get';
import { allowList } from './public-address';

/** A commenter's picture is shown at 32–64 px: 1 MB is plenty, and caps what one request can make us hold. */
export const PICTURE_MAX_BYTES = 1024 * 1024;
export const PICTURE_TIMEOUT_MS = 5000;

/**
 * The image types we pass on, each recognised by its first bytes (the provider's Content-Type must agree). No
 * SVG: it can carry script. WebP is RIFF….WEBP; the RIFF size bytes in between are skipped.
 */
const SIGNATURES: Record<string, Array<number | null>> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/gif': [0x47, 0x49, 0x46, 0x38],
  'image/webp': [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50],
};

export type Picture = { bytes: Uint8Array<ArrayBuffer>; contentType: string };

export type PictureLimits = {
  maxBytes?: number;
  timeoutMs?: number;
  /** Private-network addresses that may be fetched all the same (AVATAR_ALLOWED_PRIVATE_ADDRESSES). */
  allowedPrivate?: readonly string[];
};

/** A provider's picture address may redirect (to its CDN), but not on and on. */
const MAX_REDIRECTS = 3;

const essenceOf = (contentType: string | undefined) =>
  (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

const startsWith = (bytes: Uint8Array, signature: Array<number | null>) =>
  bytes.length >= signature.length &&
  signature.every((byte, index) => byte === null || bytes[index] === byte);

const isWebUrl = (url: URL) => url.protocol === 'http:' || url.protocol === 'https:';

/** Reads at most `maxBytes` of a body; null (and the download stopped) as soon as it is longer. */
async function readCapped(
  response: IncomingMessage,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (Number(response.headers['content-length'] ?? 0) > maxBytes) {
    response.destroy();
    return null;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    const bytes = chunk as Buffer;
    size += bytes.byteLength;
    if (size > maxBytes) {
      response.destroy();
      return null;
    }
    chunks.push(bytes);
  }
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const bytes of chunks) {
    whole.set(bytes, offset);
    offset += bytes.byteLength;
  }
  return whole;
}

/** GETs `url`, following a few redirects, each to a public http(s) address only. */
async function getFollowing(
  url: URL,
  signal: AbortSignal,
  allowed: BlockList,
): Promise<IncomingMessage | null> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    if (!isWebUrl(current)) return null;
    const headers = { Accept: Object.keys(SIGNATURES).join(', ') };
    const response = await guardedGet(current, { headers, signal, allowed });
    const location = response.headers.location;
    if (!location || (response.statusCode ?? 0) < 300 || (response.statusCode ?? 0) >= 400) return response;
    response.resume();
    if (!URL.canParse(location, current)) return null;
    current = new URL(location, current);
  }
  return null;
}

/**
 * Fetches a commenter's picture on the server (readers' browsers never call the provider): http(s) only, public
 * addresses only (redirects included), within a timeout and a size cap, and only PNG, JPEG, WebP or GIF whose
 * bytes match the declared type. Null whenever anything is off, so the caller falls back to initials.
 */
export async function fetchPicture(url: string, limits: PictureLimits = {}): Promise<Picture | null> {
  const { maxBytes = PICTURE_MAX_BYTES, timeoutMs = PICTURE_TIMEOUT_MS, allowedPrivate = [] } = limits;
  if (!URL.canParse(url)) return null;
  try {
    const signal = AbortSignal.timeout(timeoutMs);
    const response = await getFollowing(new URL(url), signal, allowList(allowedPrivate));
    if (!response) return null;
    const contentType = essenceOf(response.headers['content-type']);
    const signature = SIGNATURES[contentType];
    if (response.statusCode !== 200 || !signature) {
      response.destroy();
      return null;
    }
    const bytes = await readCapped(response, maxBytes);
    return bytes && startsWith(bytes, signature) ? { bytes, contentType } : null;
  } catch {
    return null;
  }
}

import 'server-only';

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

export type PictureLimits = { maxBytes?: number; timeoutMs?: number };

const essenceOf = (contentType: string | null) =>
  (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

const startsWith = (bytes: Uint8Array, signature: Array<number | null>) =>
  bytes.length >= signature.length &&
  signature.every((byte, index) => byte === null || bytes[index] === byte);

/** Reads at most `maxBytes` of a body; null (and the download stopped) as soon as it is longer. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes || !response.body) {
    await response.body?.cancel();
    return null;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Fetches a commenter's picture on the server (readers' browsers never call the provider): http(s) only, within
 * a timeout and a size cap, and only PNG, JPEG, WebP or GIF whose bytes match the declared type. Null whenever
 * anything is off, so the caller falls back to initials.
 */
export async function fetchPicture(url: string, limits: PictureLimits = {}): Promise<Picture | null> {
  const { maxBytes = PICTURE_MAX_BYTES, timeoutMs = PICTURE_TIMEOUT_MS } = limits;
  if (!URL.canParse(url) || !['http:', 'https:'].includes(new URL(url).protocol)) return null;
  try {
    const response = await fetch(url, {
      headers: { Accept: Object.keys(SIGNATURES).join(', ') },
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const contentType = essenceOf(response.headers.get('content-type'));
    const signature = SIGNATURES[contentType];
    if (!response.ok || !signature) {
      await response.body?.cancel();
      return null;
    }
    const bytes = await readCapped(response, maxBytes);
    return bytes && startsWith(bytes, signature) ? { bytes, contentType } : null;
  } catch {
    return null;
  }
}

import { gzipSync } from 'node:zlib';

/** Script URLs a page loads: every <script src="…"> in its HTML, resolved against the page. */
export function scriptUrls(html: string, pageUrl: string): string[] {
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1] as string);
  return [...new Set(sources)].map((source) => new URL(source.replaceAll('&amp;', '&'), pageUrl).toString());
}

/** Total JavaScript the page makes a browser download, as gzip bytes (what travels with compression on). */
export async function gzippedJavaScriptBytes(pageUrl: string): Promise<{ files: number; bytes: number }> {
  const html = await (await fetch(pageUrl)).text();
  const urls = scriptUrls(html, pageUrl);
  let bytes = 0;
  for (const url of urls) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return { files: urls.length, bytes };
}

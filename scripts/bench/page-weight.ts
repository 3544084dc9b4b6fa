import { gzipSync } from 'node:zlib';

/**
 * Script URLs a modern browser loads: every <script src="…"> in the page's HTML, resolved against the page,
 * except `nomodule` ones (Next's legacy polyfills), which browsers that run modules skip without downloading.
 */
export function scriptUrls(html: string, pageUrl: string): string[] {
  const tags = [...html.matchAll(/<script\b[^>]*>/gi)].map((match) => match[0]);
  const sources = tags
    .filter((tag) => !/\snomodule\b/i.test(tag))
    .map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1])
    .filter((source): source is string => source !== undefined);
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

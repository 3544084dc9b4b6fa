import sharp from 'sharp';

/**
 * Cover and avatar images drawn from SVG and rasterised with sharp: nothing is downloaded, and the same
 * input always gives the same picture (the layout is derived from a hash of the slug).
 */
export const COVER_SIZE = { width: 1600, height: 900 } as const;
export const AVATAR_SIZE = 512;

const FONT = "'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif";

/** FNV-1a: a small, stable string hash. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/** mulberry32: deterministic numbers in [0, 1) from a seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hsl(hue: number, saturation: number, lightness: number): string {
  const s = saturation / 100;
  const l = lightness / 100;
  const k = (n: number) => (n + hue / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const value = l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap to at most `maxChars` per line. */
function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The largest font size at which the title fits in three lines. */
function titleLayout(title: string, width: number) {
  for (const size of [84, 72, 62, 54]) {
    const lines = wrap(title, Math.floor(width / (size * 0.6)));
    if (lines.length <= 3) return { size, lines };
  }
  return { size: 54, lines: wrap(title, Math.floor(width / (54 * 0.6))).slice(0, 3) };
}

export function coverSvg(slug: string, title: string): string {
  const { width, height } = COVER_SIZE;
  const next = random(hash(slug));
  const hue = Math.floor(next() * 360);
  const blobs = Array.from({ length: 5 }, (_, i) => {
    const r = 160 + next() * 260;
    const fill = hsl((hue + 25 * i) % 360, 55, 70 + next() * 12);
    return `<circle cx="${(next() * width).toFixed(0)}" cy="${(next() * height * 0.7).toFixed(0)}" r="${r.toFixed(0)}" fill="${fill}" opacity="0.45"/>`;
  }).join('');
  // A field of fine dots: the "micro-channels" motif.
  const dots: string[] = [];
  for (let y = 60; y < height * 0.55; y += 36) {
    for (let x = 60 + (y % 72 === 60 ? 0 : 18); x < width - 40; x += 36) {
      if (next() < 0.35) dots.push(`<circle cx="${x}" cy="${y}" r="${(2 + next() * 3).toFixed(1)}"/>`);
    }
  }
  const { size, lines } = titleLayout(title, width - 240);
  const top = height - 110 - (lines.length - 1) * size * 1.15;
  const text = lines
    .map((line, i) => `<tspan x="120" y="${(top + i * size * 1.15).toFixed(0)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
<stop offset="0" stop-color="${hsl(hue, 60, 94)}"/><stop offset="1" stop-color="${hsl((hue + 40) % 360, 45, 82)}"/>
</linearGradient>
<linearGradient id="fade" x1="0" y1="0" x2="0" y2="1">
<stop offset="0.35" stop-color="#ffffff" stop-opacity="0"/><stop offset="1" stop-color="#ffffff" stop-opacity="0.85"/>
</linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#bg)"/>${blobs}
<g fill="${hsl(hue, 40, 40)}" opacity="0.35">${dots.join('')}</g>
<rect width="${width}" height="${height}" fill="url(#fade)"/>
<text x="120" y="120" font-family="${FONT}" font-size="30" font-weight="700" letter-spacing="6" fill="${hsl(hue, 35, 30)}">SKINFACTS</text>
<text font-family="${FONT}" font-size="${size}" font-weight="700" fill="${hsl(hue, 40, 18)}">${text}</text>
</svg>`;
}

export function avatarSvg(slug: string, name: string): string {
  const hue = hash(slug) % 360;
  const initials = name
    .replace(/^Dr\.?\s+/i, '')
    .split(/\s+/)
    .map((part) => part.charAt(0).toUpperCase())
    .slice(0, 2)
    .join('');
  const s = AVATAR_SIZE;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">
<rect width="${s}" height="${s}" fill="${hsl(hue, 45, 85)}"/>
<circle cx="${s * 0.8}" cy="${s * 0.2}" r="${s * 0.35}" fill="${hsl((hue + 30) % 360, 50, 75)}" opacity="0.6"/>
<text x="50%" y="50%" dy="0.35em" text-anchor="middle" font-family="${FONT}" font-size="${s * 0.38}" font-weight="700" fill="${hsl(hue, 40, 25)}">${escapeXml(initials)}</text>
</svg>`;
}

export function renderPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}

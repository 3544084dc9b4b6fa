/**
 * The frame every mail shares: a plain-text part and an HTML part built from the same pieces. User content
 * (names, comment text, titles) only ever reaches the HTML through escapeHtml.
 */

export type RenderedMail = { subject: string; text: string; html: string };

/** A piece of a mail: a paragraph, a quoted comment, a link, or small print. */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'link'; label: string; url: string }
  | { kind: 'small'; text: string };

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** The first `limit` characters of a comment, on one line per paragraph, with "…" when cut. */
export function excerpt(body: string, limit = 300): string {
  const chars = [...body.trim()];
  if (chars.length <= limit) return chars.join('');
  return `${chars.slice(0, limit).join('').trimEnd()}…`;
}

function textOf(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
    case 'small':
      return block.text;
    case 'quote':
      return block.text
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'link':
      return `${block.label}:\n${block.url}`;
  }
}

const paragraphHtml = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

function htmlOf(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p style="margin:0 0 16px">${paragraphHtml(block.text)}</p>`;
    case 'small':
      return `<p style="margin:24px 0 0;font-size:13px;color:#555">${paragraphHtml(block.text)}</p>`;
    case 'quote':
      return `<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:3px solid #999;color:#333">${paragraphHtml(block.text)}</blockquote>`;
    case 'link':
      return `<p style="margin:0 0 16px"><a href="${escapeHtml(block.url)}">${escapeHtml(block.label)}</a></p>`;
  }
}

/** Both parts of a mail from its subject and blocks. */
export function renderMail(subject: string, blocks: Block[]): RenderedMail {
  const text = `${blocks.map(textOf).join('\n\n')}\n`;
  const html = [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#111;max-width:600px">',
    ...blocks.map(htmlOf),
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

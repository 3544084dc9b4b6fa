import { escapeXml } from './xml';

export interface RssItem {
  title: string;
  /** Absolute URL of the item's page; also its permalink guid. */
  link: string;
  description: string;
  pubDate: Date;
}

export interface RssChannel {
  title: string;
  /** Absolute URL of the site. */
  link: string;
  description: string;
  /** BCP 47 language tag, e.g. "en". */
  language: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  feedUrl: string;
  lastBuildDate: Date;
  items: RssItem[];
}

/** RFC 822 date as RSS 2.0 requires, always in GMT: "Mon, 23 Nov 2026 20:23:48 GMT". */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

function itemXml(item: RssItem): string {
  return [
    '    <item>',
    `      ${element('title', item.title)}`,
    `      ${element('link', item.link)}`,
    `      <guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
    `      ${element('pubDate', rfc822(item.pubDate))}`,
    `      ${element('description', item.description)}`,
    '    </item>',
  ].join('\n');
}

/** An RSS 2.0 document for `channel`. Pure: the caller chooses the items and the dates. */
export function buildRss(channel: RssChannel): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    ${element('title', channel.title)}`,
    `    ${element('link', channel.link)}`,
    `    ${element('description', channel.description)}`,
    `    ${element('language', channel.language)}`,
    `    ${element('lastBuildDate', rfc822(channel.lastBuildDate))}`,
    `    <atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...channel.items.map(itemXml),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** The newest of the items' dates, or `fallback` for an empty feed. */
export function newestDate(dates: Date[], fallback: Date): Date {
  return dates.reduce((newest, date) => (date > newest ? date : newest), dates[0] ?? fallback);
}

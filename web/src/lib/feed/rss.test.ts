/** @jest-environment node */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { buildRss, newestDate, rfc822, type RssChannel } from './rss';

const channel: RssChannel = {
  title: 'Skinfacts',
  link: 'https://skinfacts.example/',
  description: 'New articles',
  language: 'en',
  feedUrl: 'https://skinfacts.example/feed.xml',
  lastBuildDate: new Date('2026-05-02T10:00:00Z'),
  items: [
    {
      title: 'Retinoids & needling: <when> to stop ]]> "quotes" \'apostrophes\'',
      link: 'https://skinfacts.example/articles/retinoids?a=1&b=2',
      description: 'Stop 24 hours before <b>not</b> after & never ]]> mind\u0000\u0007',
      pubDate: new Date('2026-05-01T08:00:00Z'),
    },
    {
      title: 'Second',
      link: 'https://skinfacts.example/articles/second',
      description: 'Plain',
      pubDate: new Date('2026-04-01T08:00:00Z'),
    },
  ],
};

/** The parsed feed, as far as these tests read it: the channel and its (several) items are checked by the tests. */
const parsedFeedSchema = z.object({
  rss: z.object({
    '@version': z.string(),
    '@xmlns:atom': z.string(),
    channel: z.looseObject({ item: z.array(z.record(z.string(), z.unknown())) }),
  }),
});

const parse = (xml: string) =>
  parsedFeedSchema.parse(
    new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(xml),
  );

describe('buildRss', () => {
  const xml = buildRss(channel);

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('has the RSS 2.0 channel elements and a self link', () => {
    const rss = parse(xml).rss;
    expect(rss['@version']).toBe('2.0');
    expect(rss['@xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(rss.channel).toMatchObject({
      title: 'Skinfacts',
      link: 'https://skinfacts.example/',
      description: 'New articles',
      language: 'en',
      lastBuildDate: 'Sat, 02 May 2026 10:00:00 GMT',
      'atom:link': {
        '@href': 'https://skinfacts.example/feed.xml',
        '@rel': 'self',
        '@type': 'application/rss+xml',
      },
    });
  });

  it('escapes &, < and ]]> in text and drops characters XML cannot carry', () => {
    expect(xml).toContain(
      '<title>Retinoids &amp; needling: &lt;when&gt; to stop ]]&gt; &quot;quotes&quot; &apos;apostrophes&apos;</title>',
    );
    expect(xml).not.toContain('\u0000');
    expect(xml).not.toContain('\u0007');
    const [first] = parse(xml).rss.channel.item;
    expect(first?.title).toBe('Retinoids & needling: <when> to stop ]]> "quotes" \'apostrophes\'');
    expect(first?.description).toBe('Stop 24 hours before <b>not</b> after & never ]]> mind');
    expect(first?.link).toBe('https://skinfacts.example/articles/retinoids?a=1&b=2');
  });

  it('gives each item a permalink guid and an RFC 822 pubDate', () => {
    const items = parse(xml).rss.channel.item;
    expect(items).toHaveLength(2);
    expect(items[1]).toEqual({
      title: 'Second',
      link: 'https://skinfacts.example/articles/second',
      guid: { '#text': 'https://skinfacts.example/articles/second', '@isPermaLink': 'true' },
      pubDate: 'Wed, 01 Apr 2026 08:00:00 GMT',
      description: 'Plain',
    });
  });

  it('is valid with no items', () => {
    const empty = buildRss({ ...channel, items: [] });
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(empty).not.toContain('<item>');
  });
});

describe('rfc822', () => {
  it('formats in GMT with a day name, two-digit day and four-digit year', () => {
    expect(rfc822(new Date('2026-01-05T23:59:59+02:00'))).toBe('Mon, 05 Jan 2026 21:59:59 GMT');
    expect(rfc822(new Date('2026-11-23T20:23:48.123Z'))).toMatch(
      /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/,
    );
  });
});

describe('newestDate', () => {
  it('picks the newest date, or the fallback for none', () => {
    const fallback = new Date('2000-01-01T00:00:00Z');
    expect(
      newestDate([new Date('2026-01-01'), new Date('2026-03-01'), new Date('2026-02-01')], fallback),
    ).toEqual(new Date('2026-03-01'));
    expect(newestDate([], fallback)).toBe(fallback);
  });
});

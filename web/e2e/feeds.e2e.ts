import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { stack } from './helpers/stack';

const PUBLISHED = [
  'what-is-microneedling',
  'microneedling-benefits-and-evidence',
  'preparing-for-microneedling',
];

/** One element or several: how the XML parser gives a repeated element. */
const oneOrMore = <T extends z.ZodType>(element: T) => z.union([element, z.array(element)]);
const feedSchema = z.object({
  rss: z.object({
    '@_version': z.string(),
    channel: z.object({ item: oneOrMore(z.object({ link: z.string() })) }),
  }),
});
const sitemapSchema = z.object({ urlset: z.object({ url: oneOrMore(z.object({ loc: z.string() })) }) });

async function getXml<T extends z.ZodType>(path: string, schema: T) {
  const response = await fetch(`${stack.webUrl}${path}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/xml/);
  const text = await response.text();
  expect(XMLValidator.validate(text)).toBe(true);
  return { text, document: schema.parse(new XMLParser({ ignoreAttributes: false }).parse(text)) };
}

describe('machine-readable pages', () => {
  it('serves a valid RSS 2.0 feed of the published articles', async () => {
    const { document } = await getXml('/feed.xml', feedSchema);
    expect(document.rss['@_version']).toBe('2.0');
    const links = [document.rss.channel.item].flat().map((item) => item.link);
    expect(links.sort()).toEqual(PUBLISHED.map((slug) => `${stack.webUrl}/articles/${slug}`).sort());
  });

  it('serves a valid sitemap with articles, treatments and topics, and no draft', async () => {
    const { text, document } = await getXml('/sitemap.xml', sitemapSchema);
    const locations = [document.urlset.url].flat().map((entry) => entry.loc);
    for (const slug of PUBLISHED) expect(locations).toContain(`${stack.webUrl}/articles/${slug}`);
    expect(locations).toContain(`${stack.webUrl}/treatments/microneedling`);
    expect(locations.some((location) => location.includes('/topics/'))).toBe(true);
    expect(text).not.toContain('microneedling-aftercare-first-week');
    expect(text).toContain('<lastmod>');
  });

  it('points robots.txt at the sitemap', async () => {
    const robots = await (await fetch(`${stack.webUrl}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${stack.webUrl}/sitemap.xml`);
  });
});

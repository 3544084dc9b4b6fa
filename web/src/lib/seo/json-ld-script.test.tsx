/** @jest-environment node */
import { renderToStaticMarkup } from 'react-dom/server';
import { JsonLd } from './json-ld-script';

describe('JsonLd', () => {
  it('renders one ld+json script that a "</script>" in the data cannot break out of', () => {
    const title = '</script><script>alert(1)</script>';
    const html = renderToStaticMarkup(
      <JsonLd
        data={{ '@context': 'https://schema.org', '@graph': [{ '@type': 'Article', headline: title }] }}
      />,
    );
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.match(/<\/script>/gi)).toHaveLength(1);
    expect(html.match(/<script/gi)).toHaveLength(1);
    const json = html.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
    const parsed = JSON.parse(json) as { '@graph': Array<{ headline: string }> };
    expect(parsed['@graph'][0]?.headline).toBe(title);
  });
});

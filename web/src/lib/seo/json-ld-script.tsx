import { serializeJsonLd, type JsonLdDocument } from './json-ld';

/** Structured data for search engines, serialized so that nothing in it can end the script element. */
export function JsonLd({ data }: { data: JsonLdDocument }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

/** Characters XML 1.0 forbids anywhere in a document (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/F). */
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: XML cannot carry them.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text safe inside an XML element or attribute: markup characters become entities (so "]]>" becomes
 * "]]&gt;") and characters XML cannot carry at all are dropped.
 */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML_CHARS, '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

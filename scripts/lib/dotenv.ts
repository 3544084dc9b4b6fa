/**
 * Minimal dotenv text handling: enough to read the values we wrote ourselves (and what a person
 * typically edits by hand) and to append missing keys without touching anything that is already there.
 */

export type EnvValues = Record<string, string>;

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)?\s*$/;

function unquote(raw: string): string {
  const value = raw.trim();
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
    const inner = value.slice(1, -1);
    return quote === '"' ? inner.replace(/\\n/g, '\n') : inner;
  }
  const comment = value.search(/\s#/);
  return (comment === -1 ? value : value.slice(0, comment)).trim();
}

/** Parse dotenv text into key/value pairs. Later duplicates win, like dotenv itself. */
export function parseDotenv(text: string): EnvValues {
  const values: EnvValues = {};
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(#|$)/.test(line)) continue;
    const match = LINE.exec(line);
    if (!match?.[1]) continue;
    values[match[1]] = unquote(match[2] ?? '');
  }
  return values;
}

function needsQuotes(value: string): boolean {
  return /[\s#"'\\]/.test(value);
}

export function formatEntry(key: string, value: string): string {
  return `${key}=${needsQuotes(value) ? JSON.stringify(value) : value}`;
}

export interface MergeResult {
  text: string;
  added: string[];
  values: EnvValues;
}

/**
 * Append every key of `wanted` that `existing` lacks. Existing lines (and their values, comments and
 * order) are kept byte for byte; an empty value counts as present because a person chose it.
 */
export function mergeDotenv(existing: string, wanted: ReadonlyArray<[string, string]>): MergeResult {
  const current = parseDotenv(existing);
  const missing = wanted.filter(([key]) => !(key in current));
  if (missing.length === 0) return { text: existing, added: [], values: current };

  const lines = missing.map(([key, value]) => formatEntry(key, value));
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  const text = `${existing}${separator}${lines.join('\n')}\n`;
  return { text, added: missing.map(([key]) => key), values: parseDotenv(text) };
}

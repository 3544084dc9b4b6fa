/** A plain object (not null, not an array): what a JSON body, a write's `data` or a component holds. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

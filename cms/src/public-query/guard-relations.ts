/**
 * Relation filters reach whatever the relation points at: drafts, unapproved comments. So every relation a
 * public filter crosses gets the target's own visibility rule and-ed on ("published", "approved"), at every
 * depth and inside `$and` / `$or` / `$not`. Without it, `filters[treatments][slug]` on an article could
 * match a draft's slug and answer differently because of it.
 */

import { isRecord } from '../utils/is-record';

type Attribute = { type: string; target?: string; component?: string };
export type ModelInfo = { attributes: Record<string, Attribute>; draftAndPublish: boolean };
export type ModelLookup = (uid: string) => ModelInfo;

/** The filter that keeps only what the public may see of a type, or null when every row is public. */
export type VisibilityRule = (uid: string, model: ModelInfo) => Record<string, unknown> | null;

type Filters = Record<string, unknown>;

const LOGICAL = new Set(['$and', '$or']);

export function guardRelations(
  filters: Filters,
  uid: string,
  lookup: ModelLookup,
  visibility: VisibilityRule,
): Filters {
  const model = lookup(uid);
  const guarded: Filters = {};
  for (const [key, value] of Object.entries(filters)) {
    if (LOGICAL.has(key) && Array.isArray(value)) {
      const items: unknown[] = value;
      guarded[key] = items.map((item) =>
        isRecord(item) ? guardRelations(item, uid, lookup, visibility) : item,
      );
      continue;
    }
    if (key === '$not' && isRecord(value)) {
      guarded[key] = guardRelations(value, uid, lookup, visibility);
      continue;
    }
    const attribute = model.attributes[key];
    if (!attribute || !isRecord(value)) {
      guarded[key] = value;
    } else if (attribute.type === 'relation' && attribute.target) {
      const target = attribute.target;
      const inner = guardRelations(value, target, lookup, visibility);
      const rule = visibility(target, lookup(target));
      guarded[key] = rule ? { $and: [inner, rule] } : inner;
    } else if (attribute.type === 'component' && attribute.component) {
      guarded[key] = guardRelations(value, attribute.component, lookup, visibility);
    } else {
      guarded[key] = value;
    }
  }
  return guarded;
}

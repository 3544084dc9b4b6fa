import { z } from 'zod';
import {
  LIST_OPERATORS,
  MAX_FILTER_LIST_LENGTH,
  operatorsFor,
  valueSchema,
  type FieldRule,
} from './operators';

/** How deep `$and` / `$or` / `$not` may nest: enough for any real query, not enough to tax the database. */
export const MAX_FILTER_DEPTH = 4;

/** qs turns `x[0]=a` into an array, but `x[150]=a` (past its array limit) into an object with numeric keys. */
function asList(value: unknown): unknown {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((key) => /^\d+$/.test(key))) return Object.values(value);
  return value;
}

/** `filters[slug]=x` means `filters[slug][$eq]=x`. */
const implicitEquals = (value: unknown) => (typeof value === 'string' ? { $eq: value } : value);

function conditionSchema(rule: FieldRule) {
  const value = valueSchema(rule);
  const list = z.preprocess(asList, z.array(value).min(1).max(MAX_FILTER_LIST_LENGTH));
  const shape = Object.fromEntries(
    operatorsFor(rule).map((operator) => [
      operator,
      (LIST_OPERATORS.has(operator) ? list : value).optional(),
    ]),
  );
  return z.preprocess(
    implicitEquals,
    z.strictObject(shape).refine((condition) => Object.keys(condition).length > 0, 'needs an operator'),
  );
}

/** A field path's segments as a tree: a leaf holds the rule, a relation or component holds its fields. */
type PathNode = { rule?: FieldRule; children: Map<string, PathNode> };

/** `{ 'topics.slug': rule }` → topics → slug (rule). */
function pathTree(filters: Readonly<Record<string, FieldRule>>): PathNode {
  const root: PathNode = { children: new Map() };
  for (const [path, rule] of Object.entries(filters)) {
    let node = root;
    for (const segment of path.split('.')) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = { children: new Map() }));
      node = child;
    }
    node.rule = rule;
  }
  return root;
}

function fieldShape(node: PathNode): Record<string, z.ZodType> {
  return Object.fromEntries(
    [...node.children].map(([segment, child]) => [
      segment,
      (child.rule ? conditionSchema(child.rule) : z.strictObject(fieldShape(child))).optional(),
    ]),
  );
}

/**
 * The `filters` a public route accepts: its declared fields with their operators, combined with `$and`, `$or`
 * and `$not` up to MAX_FILTER_DEPTH. Anything else fails with the path of the offending key.
 */
export function filterSchema(filters: Readonly<Record<string, FieldRule>>): z.ZodType {
  const fields = fieldShape(pathTree(filters));
  const level = (depth: number): z.ZodType => {
    if (depth === 0) return z.strictObject(fields);
    const inner = level(depth - 1);
    return z.strictObject({
      ...fields,
      $and: z.preprocess(asList, z.array(inner).max(MAX_FILTER_LIST_LENGTH)).optional(),
      $or: z.preprocess(asList, z.array(inner).max(MAX_FILTER_LIST_LENGTH)).optional(),
      $not: inner.optional(),
    });
  };
  return level(MAX_FILTER_DEPTH);
}

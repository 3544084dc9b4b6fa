import { z } from 'zod';

/**
 * What a public filter may compare, and with which Strapi operators. Each kind of value has its own list:
 * text can be searched, an identifier only matched, a date only compared.
 */
export const OPERATORS_BY_KIND = {
  text: [
    '$eq',
    '$eqi',
    '$ne',
    '$in',
    '$notIn',
    '$contains',
    '$containsi',
    '$startsWith',
    '$startsWithi',
    '$endsWith',
    '$endsWithi',
  ],
  identifier: ['$eq', '$ne', '$in', '$notIn'],
  date: ['$eq', '$ne', '$lt', '$lte', '$gt', '$gte'],
} as const;

export type ValueKind = keyof typeof OPERATORS_BY_KIND;
export type FilterOperator = (typeof OPERATORS_BY_KIND)[ValueKind][number];

/** Lists of values ($in, $notIn) and text values are bounded, so one query can't ask for the whole table. */
export const MAX_FILTER_VALUE_LENGTH = 200;
export const MAX_FILTER_LIST_LENGTH = 100;

const text = z.string().min(1, 'must not be empty').max(MAX_FILTER_VALUE_LENGTH);

/** ISO dates only (2026-05-01 or 2026-05-01T10:00:00.000Z): other strings would reach the database's date parser. */
const date = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'must be an ISO date (2026-05-01 or 2026-05-01T10:00:00Z)',
});

/** An enumeration's value: one of its members, nothing else. */
const member = (values: readonly [string, ...string[]]) => z.enum(values);

export type FieldRule = { kind: ValueKind } | { kind: 'enum'; values: readonly [string, ...string[]] };

export function valueSchema(rule: FieldRule): z.ZodType<string> {
  if (rule.kind === 'enum') return member(rule.values);
  return rule.kind === 'date' ? date : text;
}

export function operatorsFor(rule: FieldRule): readonly FilterOperator[] {
  return rule.kind === 'enum' ? OPERATORS_BY_KIND.identifier : OPERATORS_BY_KIND[rule.kind];
}

export const LIST_OPERATORS: ReadonlySet<string> = new Set(['$in', '$notIn']);

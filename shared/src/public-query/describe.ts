import type { z } from 'zod';
import { MAX_PUBLIC_PAGE_SIZE, type PublicQueryDeclaration } from './declaration';
import { operatorsFor } from './operators';

/** `['filters', '$or', 0, 'author', 'email']` → `filters[$or][0][author][email]`, as it was written in the URL. */
export function parameterName(path: readonly PropertyKey[]): string {
  const [first, ...rest] = path.map(String);
  return `${first ?? ''}${rest.map((segment) => `[${segment}]`).join('')}`;
}

/** The offending query parameter and what is wrong with it, for a 400 a caller can act on. */
export function describeQueryIssue(issue: z.core.$ZodIssue): { parameter: string; problem: string } {
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return { parameter: parameterName([...issue.path, key]), problem: 'is not accepted here' };
  }
  return { parameter: parameterName(issue.path), problem: issue.message };
}

/** One line per kind of parameter a list route accepts, for error details and the README. */
export function acceptedParameters(declaration: PublicQueryDeclaration): string[] {
  const filters = Object.entries(declaration.filters).map(([path, rule]) => {
    return `${parameterName(['filters', ...path.split('.')])} with ${operatorsFor(rule).join(', ')}`;
  });
  return [
    ...filters,
    ...(filters.length > 0 ? ['filters[$and], filters[$or], filters[$not] around the filters above'] : []),
    `sort by ${declaration.sort.join(', ')} (:asc or :desc)`,
    `pagination[page], pagination[pageSize] (1–${MAX_PUBLIC_PAGE_SIZE})`,
    ...(declaration.search.length > 0 ? [`_q (searches ${declaration.search.join(', ')})`] : []),
    ...(declaration.status ? ['status=draft (with an API token only)'] : []),
  ];
}

import { z } from 'zod';
import { filterSchema } from './filter-schema';
import { MAX_FILTER_VALUE_LENGTH } from './operators';
import {
  MAX_PUBLIC_PAGE_SIZE,
  type PublicDetailDeclaration,
  type PublicQueryDeclaration,
} from './declaration';

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min).max(max));

const paginationSchema = z.strictObject({
  page: wholeNumber(1, 1_000_000).optional(),
  pageSize: wholeNumber(1, MAX_PUBLIC_PAGE_SIZE).optional(),
});

const SORT_ENTRY = /^\s*([A-Za-z]+)(?::(asc|desc))?\s*$/i;

/** `sort=a:desc,b` or `sort[0]=a:desc&sort[1]=b` → ['a:desc', 'b:asc'], each key one the route declares. */
function sortSchema(keys: readonly string[]) {
  const known = new Map(keys.map((key) => [key.toLowerCase(), key]));
  return z
    .union([z.string().transform((value) => value.split(',')), z.array(z.string())])
    .transform((entries, context) => {
      const sorts: string[] = [];
      for (const entry of entries) {
        const [, key = '', direction = 'asc'] = SORT_ENTRY.exec(entry) ?? [];
        const field = known.get(key.toLowerCase());
        if (!field) {
          context.addIssue({
            code: 'custom',
            message: `cannot sort by "${entry}"; use one of ${keys.join(', ')}`,
          });
          return z.NEVER;
        }
        sorts.push(`${field}:${direction.toLowerCase()}`);
      }
      if (sorts.length === 0 || sorts.length > keys.length) {
        context.addIssue({ code: 'custom', message: `takes 1 to ${keys.length} keys` });
        return z.NEVER;
      }
      return sorts;
    });
}

const statusSchema = z.enum(['draft', 'published']);

/** The query a public list route accepts, parsed from what qs made of the query string. */
export function publicListQuerySchema(declaration: PublicQueryDeclaration) {
  return z.strictObject({
    filters: filterSchema(declaration.filters).optional(),
    sort: sortSchema(declaration.sort).optional(),
    pagination: paginationSchema.optional(),
    ...(declaration.search.length > 0
      ? { _q: z.string().trim().min(1).max(MAX_FILTER_VALUE_LENGTH).optional() }
      : {}),
    ...(declaration.status ? { status: statusSchema.optional() } : {}),
  });
}

export type PublicListQuery = {
  filters?: Record<string, unknown>;
  sort?: string[];
  pagination?: { page?: number; pageSize?: number };
  _q?: string;
  status?: 'draft' | 'published';
};

export function publicDetailQuerySchema(declaration: PublicDetailDeclaration) {
  const status = declaration.status ? statusSchema : z.undefined({ error: 'is not accepted here' });
  return z.strictObject({ status: status.optional() });
}

import { z } from 'zod';

export const paginationSchema = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  total: z.number().int(),
});

export type Pagination = z.output<typeof paginationSchema>;

/** The envelope of a Strapi 5 REST list response (`GET /api/<plural>`). */
export function collectionResponse<Item extends z.ZodType>(item: Item) {
  return z.object({
    data: z.array(item),
    meta: z.object({ pagination: paginationSchema }),
  });
}

/** The envelope of a Strapi 5 REST single-entry response. */
export function singleResponse<Item extends z.ZodType>(item: Item) {
  return z.object({ data: item });
}

import { z } from 'zod';

const mediaFormatSchema = z.object({
  url: z.string(),
  width: z.number().nullable(),
  height: z.number().nullable(),
});

/**
 * An upload file as Strapi 5's REST API returns it. Unknown keys (hash, provider, size, …)
 * are stripped. Only id, documentId and url are required so that a route selecting fewer
 * media fields still parses.
 */
export const mediaSchema = z.object({
  id: z.number(),
  documentId: z.string(),
  url: z.string(),
  alternativeText: z.string().nullable().optional(),
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
  formats: z.record(z.string(), mediaFormatSchema).nullable().optional(),
  mime: z.string().optional(),
});

export type Media = z.output<typeof mediaSchema>;
export type MediaFormat = z.output<typeof mediaFormatSchema>;

import { z } from 'zod';
import { mediaSchema } from './media';

export const seoSchema = z.object({
  metaTitle: z.string().nullable().optional(),
  metaDescription: z.string().nullable().optional(),
  shareImage: mediaSchema.nullable().optional(),
});

export type Seo = z.output<typeof seoSchema>;

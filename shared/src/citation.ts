import { z } from 'zod';
import { isHttpUrl } from './url';

/** A reference (repeatable component). Its url, when set, is always a safe http(s) link. */
export const citationSchema = z.object({
  title: z.string().min(1, { error: 'citation title is required' }),
  url: z
    .string()
    .refine(isHttpUrl, { error: 'citation url must be an http:// or https:// address' })
    .nullable()
    .optional(),
  publisher: z.string().nullable().optional(),
  year: z.number().int({ error: 'citation year must be a whole number' }).nullable().optional(),
  note: z.string().nullable().optional(),
});

export type Citation = z.output<typeof citationSchema>;

import { z } from 'zod';

/**
 * A page of this site to go back to after leaving preview: starts with one "/", printable ASCII only (no
 * spaces or control characters, which cannot go into a Location or a URL bar unencoded), no backslash and
 * no "//" (either can name another host).
 */
export const returnPathSchema = z
  .string()
  .max(500, 'The path is longer than 500 characters.')
  .regex(
    /^\/[\x21-\x7e]*$/,
    'The path must start with "/" and hold printable ASCII only (percent-encode the rest).',
  )
  .refine((path) => !path.includes('//') && !path.includes('\\'), 'The path must not contain "//" or "\\".');

/** POST /api/preview/exit's JSON body; the path may also come as `?path=`. */
export const exitPreviewSchema = z.strictObject({ path: returnPathSchema.default('/') });

export type ExitPreview = z.output<typeof exitPreviewSchema>;

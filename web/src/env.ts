import 'server-only';
import { z } from 'zod';

const serverEnvSchema = z.object({
  CMS_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:1337'),
  SITE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
  CMS_API_TOKEN: z.string().min(1).optional(),
  REVALIDATE_SECRET: z.string().min(1).optional(),
  CMS_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
});

export type ServerEnv = z.output<typeof serverEnvSchema>;

/** Empty strings (e.g. `CMS_API_TOKEN=` in an .env file) count as unset. */
function withoutEmpty(source: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = serverEnvSchema.safeParse(withoutEmpty(source));
  if (!parsed.success) {
    throw new Error(`Invalid server environment:\n${z.prettifyError(parsed.error)}`);
  }
  return { ...parsed.data, CMS_URL: parsed.data.CMS_URL.replace(/\/+$/, '') };
}

/** The server's environment, parsed once when this module loads. */
export const env: ServerEnv = parseServerEnv(process.env);

/**
 * Environment values that a build bakes into its output (Strapi's admin bundle takes STRAPI_ADMIN_* and the
 * public URL; Next.js inlines NEXT_PUBLIC_* and reads CMS_URL in next.config). They belong in the build hash;
 * runtime-only settings and secrets do not.
 */

export interface BuildEnvSpec {
  keys: string[];
  prefixes: string[];
}

/**
 * The values the build will see: the app's .env file, overridden by the process environment (both Strapi
 * and Next.js let the process environment win), restricted to `spec`. Sorted, so order never matters.
 */
export function selectBuildEnv(
  spec: BuildEnvSpec,
  fileValues: Record<string, string>,
  processEnv: NodeJS.ProcessEnv,
): Record<string, string> {
  const merged: Record<string, string> = { ...fileValues };
  for (const [key, value] of Object.entries(processEnv)) {
    if (value !== undefined) merged[key] = value;
  }
  const wanted = (key: string): boolean =>
    spec.keys.includes(key) || spec.prefixes.some((prefix) => key.startsWith(prefix));
  const selected = Object.entries(merged)
    .filter(([key]) => wanted(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(selected);
}

import { QueryClient, isServer } from '@tanstack/react-query';

/**
 * The moderation console's QueryClient. TODO(comments work): switch to the shared `getQueryClient()` from
 * web/src/lib/query once it lands — it did not exist when the console was written.
 */
function makeQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: 5_000, retry: 1, refetchOnWindowFocus: true } },
  });
}

let browserClient: QueryClient | undefined;

export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserClient ??= makeQueryClient();
  return browserClient;
}

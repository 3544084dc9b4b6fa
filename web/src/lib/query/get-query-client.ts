import { isServer, QueryClient } from '@tanstack/react-query';

/** Interactive data (comments, the moderation queue) goes stale fast and refreshes when the tab is back in focus. */
function makeQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: 5_000, retry: 1, refetchOnWindowFocus: true } },
  });
}

let browserQueryClient: QueryClient | undefined;

/** One QueryClient per request on the server, one per tab in the browser (TanStack's recommended factory). */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

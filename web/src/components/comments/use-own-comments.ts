'use client';
import { useQuery } from '@tanstack/react-query';
import type { OwnComment } from '@skinfacts/shared';
import { useHydrated } from '@/components/readiness/use-hydrated';
import { keepOnlyPending, ownEntriesFor } from '@/lib/comments/own-comments-store';
import { commentKeys, fetchOwnComments } from './comments-api';

/**
 * This browser's comments on the article that still await moderation (read after hydration: localStorage
 * exists only in the browser). Decided ones are forgotten: approved ones show in the list like any other.
 */
export function useOwnPendingComments(article: string): OwnComment[] {
  const hydrated = useHydrated();
  const { data } = useQuery({
    queryKey: commentKeys.own(article),
    queryFn: async (): Promise<OwnComment[]> => {
      const own = await fetchOwnComments(ownEntriesFor(window.localStorage, article));
      const pending = own.filter((comment) => comment.moderationStatus === 'pending');
      keepOnlyPending(window.localStorage, article, new Set(pending.map((comment) => comment.documentId)));
      return pending;
    },
    enabled: hydrated,
    staleTime: 30_000,
  });
  return data ?? [];
}

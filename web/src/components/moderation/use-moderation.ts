'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ModerationQueue, ModerationStatus } from '@skinfacts/shared';
import { decide, decideMany, moderationKeys } from './queue-api';

type Decision = { documentIds: string[]; moderationStatus: ModerationStatus };

/** The queue page without the decided comments, and the counts moved to their new status. */
export function withoutDecided(
  queue: ModerationQueue,
  { documentIds, moderationStatus }: Decision,
): ModerationQueue {
  const ids = new Set(documentIds);
  const counts = { ...queue.meta.counts };
  const leaving = queue.data.filter((comment) => ids.has(comment.documentId));
  for (const comment of leaving) {
    if (comment.moderationStatus === moderationStatus) continue;
    counts[comment.moderationStatus] -= 1;
    counts[moderationStatus] += 1;
  }
  return {
    data: queue.data.filter(
      (comment) => !ids.has(comment.documentId) || comment.moderationStatus === moderationStatus,
    ),
    meta: { ...queue.meta, counts },
  };
}

/**
 * Approve / reject / spam / back to pending, one or many. Optimistic: the comments leave the tab at once;
 * on an error the page comes back as it was (and `onError` tells the moderator).
 */
export function useDecision(
  queueKey: ReturnType<typeof moderationKeys.queue>,
  onError: (message: string) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ documentIds, moderationStatus }: Decision) => {
      const [only] = documentIds;
      if (documentIds.length === 1 && only) await decide(only, moderationStatus);
      else await decideMany(documentIds, moderationStatus);
    },
    onMutate: async (decision: Decision) => {
      await queryClient.cancelQueries({ queryKey: queueKey });
      const previous = queryClient.getQueryData<ModerationQueue>(queueKey);
      if (previous) queryClient.setQueryData(queueKey, withoutDecided(previous, decision));
      return { previous };
    },
    onError: (error, _decision, context) => {
      if (context?.previous) queryClient.setQueryData(queueKey, context.previous);
      onError(error instanceof Error ? error.message : 'The decision was not saved.');
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: moderationKeys.all }),
  });
}

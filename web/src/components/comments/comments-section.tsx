'use client';
import { QueryClientProvider, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { OwnComment, PublicComment } from '@skinfacts/shared';
import { getQueryClient } from '@/lib/query/get-query-client';
import { buildThreads } from '@/lib/comments/threading';
import { CommentForm, type ReplyTarget } from './comment-form';
import { CommentItem, type ListedComment } from './comment-item';
import type { CommentPage } from '@/lib/comments/comment-page';
import { approvedCommentsQuery, commentKeys } from './comments-api';
import { useOwnPendingComments } from './use-own-comments';
import styles from './comments.module.css';

type CommentsSectionProps = {
  articleDocumentId: string;
  commentsOpen: boolean;
  /** Page 1 of the approved comments, rendered on the server (and cached with the page). */
  firstPage: CommentPage;
};

const listed = (comment: PublicComment | OwnComment, awaitingModeration: boolean): ListedComment => ({
  ...comment,
  parentDocumentId: comment.parent?.documentId ?? null,
  awaitingModeration,
});

/** The section's content; needs a QueryClientProvider above it (CommentsSection gives it one). */
export function CommentsArea({ articleDocumentId, commentsOpen, firstPage }: CommentsSectionProps) {
  const queryClient = useQueryClient();
  const approved = useInfiniteQuery(approvedCommentsQuery(articleDocumentId, firstPage));
  const ownPending = useOwnPendingComments(articleDocumentId);
  const [replyTo, setReplyTo] = useState<ReplyTarget | null>(null);

  const pages = useMemo(() => approved.data?.pages ?? [firstPage], [approved.data, firstPage]);
  const total = pages[0]?.pagination.total ?? 0;
  const threads = useMemo(() => {
    const shown = pages.flatMap((page) => page.comments.map((comment) => listed(comment, false)));
    const ids = new Set(shown.map((comment) => comment.documentId));
    const mine = ownPending.filter((comment) => !ids.has(comment.documentId)).map((c) => listed(c, true));
    return buildThreads([...shown, ...mine]);
  }, [pages, ownPending]);
  const loaded = pages.reduce((sum, page) => sum + page.comments.length, 0);

  const startReply = (comment: ListedComment) => {
    setReplyTo({ documentId: comment.documentId, authorName: comment.authorName });
    requestAnimationFrame(() => document.getElementById('comment-body')?.focus());
  };
  const posted = (comment: OwnComment) => {
    setReplyTo(null);
    if (comment.moderationStatus === 'approved') {
      void queryClient.invalidateQueries({ queryKey: commentKeys.approved(articleDocumentId) });
    } else {
      queryClient.setQueryData<OwnComment[]>(commentKeys.own(articleDocumentId), (own = []) => [
        ...own.filter((kept) => kept.documentId !== comment.documentId),
        comment,
      ]);
    }
  };

  return (
    <>
      <h2 id="comments-heading">
        Comments <span className="meta">({total})</span>
      </h2>
      {threads.length === 0 ? (
        <p className="meta">
          {commentsOpen ? 'No comments yet. Ask a question or share your experience.' : 'No comments.'}
        </p>
      ) : (
        <ol className={styles.list} aria-label="Comments">
          {threads.map((node) => (
            <CommentItem
              key={node.comment.documentId}
              node={node}
              onReply={commentsOpen ? startReply : undefined}
            />
          ))}
        </ol>
      )}
      {approved.hasNextPage ? (
        <button
          type="button"
          className={styles.loadMore}
          onClick={() => void approved.fetchNextPage()}
          disabled={approved.isFetchingNextPage}
        >
          {approved.isFetchingNextPage ? 'Loading…' : `Load more comments (${total - loaded} more)`}
        </button>
      ) : null}
      {approved.isFetchNextPageError ? (
        <p role="alert">More comments could not be loaded. Please try again.</p>
      ) : null}
      {commentsOpen ? (
        <CommentForm
          article={articleDocumentId}
          replyTo={replyTo}
          onCancelReply={() => setReplyTo(null)}
          onPosted={posted}
        />
      ) : (
        <p className="notice">Comments are closed for this article.</p>
      )}
    </>
  );
}

/** The article's comments: approved ones threaded, the visitor's own pending ones, and the form. */
export function CommentsSection(props: CommentsSectionProps) {
  return (
    <section id="comments" aria-labelledby="comments-heading" className={styles.section}>
      <QueryClientProvider client={getQueryClient()}>
        <CommentsArea {...props} />
      </QueryClientProvider>
    </section>
  );
}

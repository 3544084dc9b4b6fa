'use client';
import { useCallback, useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useQuery } from '@tanstack/react-query';
import type { ModeratedAccount, ModerationStatus } from '@skinfacts/shared';
import styles from './moderation.module.css';
import { ACTIONS, QueueRow } from './queue-row';
import { ModerationRequestError, queueQuery } from './queue-api';
import { useDecision } from './use-moderation';
import { useLinkedComment } from './use-linked-comment';
import { AccountFilter } from './account-filter';

const TAB_LABELS: Record<ModerationStatus, string> = {
  pending: 'Pending',
  approved: 'Approved',
  spam: 'Spam',
  rejected: 'Rejected',
};
const TABS: ModerationStatus[] = ['pending', 'approved', 'spam', 'rejected'];

type Props = {
  /** A valid comment id from `/moderation?comment=`: that comment is shown, scrolled to and highlighted. */
  linkedComment?: string | null;
  /** Why the link's `comment` could not be used (not an id). */
  linkProblem?: string | null;
};

/**
 * The queue: tabs with counts, newest first, decisions per row, in bulk and by keyboard (a / r / s); one
 * commenter account's comments only, after a click on its label; a linked comment wherever it is.
 */
export function ModerationQueue({ linkedComment = null, linkProblem = null }: Props) {
  const [tab, setTab] = useState<ModerationStatus>('pending');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [account, setAccount] = useState<ModeratedAccount | null>(null);
  const [linkDecided, setLinkDecided] = useState(false);
  const options = queueQuery(tab, page, account?.documentId ?? null);
  const queue = useQuery(options);
  const router = useRouter();
  const decision = useDecision(options.queryKey, setError);
  const expired =
    (queue.error instanceof ModerationRequestError && queue.error.status === 401) ||
    (decision.error instanceof ModerationRequestError && decision.error.status === 401);
  // An expired session: the route handler cleared the cookie, so the server page now shows the login.
  useEffect(() => {
    if (expired) router.refresh();
  }, [expired, router]);

  const comments = queue.data?.data ?? [];
  const counts = queue.data?.meta.counts;
  const pageCount = queue.data?.meta.pagination.pageCount ?? 1;
  const allSelected = comments.length > 0 && comments.every((comment) => selected.has(comment.documentId));

  function decide(documentIds: string[], moderationStatus: ModerationStatus) {
    if (documentIds.length === 0) return;
    if (linkedComment && documentIds.includes(linkedComment)) setLinkDecided(true);
    setError(null);
    decision.mutate({ documentIds, moderationStatus });
    setSelected((current) => new Set([...current].filter((id) => !documentIds.includes(id))));
  }

  const switchTab = useCallback((next: ModerationStatus) => {
    setTab(next);
    setPage(1);
    setSelected(new Set());
  }, []);

  function showAccount(next: ModeratedAccount | null) {
    setAccount(next);
    setPage(1);
    setSelected(new Set());
  }

  const linked = useLinkedComment(linkedComment, switchTab);
  // The linked comment is highlighted in the list; on another page (or another account's filter) it is pinned above.
  const pinned =
    linked.comment && queue.isSuccess && !linkDecided && !comments.some((c) => c.documentId === linkedComment)
      ? linked.comment
      : null;
  const rowProps = (comment: (typeof comments)[number]) => ({
    comment,
    selected: selected.has(comment.documentId),
    highlighted: comment.documentId === linkedComment,
    onSelect: (on: boolean) =>
      setSelected((current) => {
        const next = new Set(current);
        if (on) next.add(comment.documentId);
        else next.delete(comment.documentId);
        return next;
      }),
    onDecide: (status: ModerationStatus) => decide([comment.documentId], status),
    onShowAccount: showAccount,
  });

  return (
    <section aria-label="Moderation queue">
      <div role="tablist" className={styles.tabs}>
        {TABS.map((status) => (
          <button
            key={status}
            role="tab"
            type="button"
            aria-selected={tab === status}
            onClick={() => switchTab(status)}
          >
            {TAB_LABELS[status]} {counts ? <span>({counts[status]})</span> : null}
          </button>
        ))}
      </div>

      {error ? (
        <p role="alert" className={styles.error}>
          {error} The comment is back in the list.
        </p>
      ) : null}
      {(linkProblem ?? linked.problem) ? (
        <p role="alert" className={styles.error}>
          {linkProblem ?? linked.problem}
        </p>
      ) : null}
      {account ? <AccountFilter account={account} onClear={() => showAccount(null)} /> : null}
      {pinned ? (
        <section aria-label="The linked comment">
          <h2 className={styles.meta}>The comment from your link ({TAB_LABELS[pinned.moderationStatus]})</h2>
          <ol className={styles.list}>
            <QueueRow {...rowProps(pinned)} />
          </ol>
        </section>
      ) : null}

      <div className={styles.bulk}>
        <label>
          <input
            type="checkbox"
            checked={allSelected}
            onChange={(event) =>
              setSelected(event.target.checked ? new Set(comments.map((c) => c.documentId)) : new Set())
            }
          />{' '}
          Select all on this page
        </label>
        {ACTIONS.filter((action) => action.status !== tab).map((action) => (
          <button
            key={action.status}
            type="button"
            disabled={selected.size === 0}
            onClick={() => decide([...selected], action.status)}
          >
            {action.label} selected ({selected.size})
          </button>
        ))}
      </div>

      {queue.isPending ? <p>Loading…</p> : null}
      {queue.isError ? <p role="alert">{queue.error.message}</p> : null}
      {queue.isSuccess && comments.length === 0 ? <p>No {TAB_LABELS[tab].toLowerCase()} comments.</p> : null}

      <ol className={styles.list}>
        {comments.map((comment) => (
          <QueueRow key={comment.documentId} {...rowProps(comment)} />
        ))}
      </ol>

      {pageCount > 1 ? (
        <nav aria-label="Queue pages" className={styles.bulk}>
          <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            Newer
          </button>
          <span>
            Page {page} of {pageCount}
          </span>
          <button type="button" disabled={page >= pageCount} onClick={() => setPage(page + 1)}>
            Older
          </button>
        </nav>
      ) : null}
    </section>
  );
}

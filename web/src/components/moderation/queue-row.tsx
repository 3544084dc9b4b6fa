'use client';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ModeratedAccount, ModeratedComment, ModerationStatus } from '@skinfacts/shared';
import { contentPath } from '@skinfacts/shared/site-routes';
import styles from './moderation.module.css';
import { ReplyForm } from './reply-form';
import { RowReports } from './row-reports';
import { AccountLabel } from './account-label';

export const ACTIONS: Array<{ status: ModerationStatus; label: string; key?: string }> = [
  { status: 'approved', label: 'Approve', key: 'a' },
  { status: 'rejected', label: 'Reject', key: 'r' },
  { status: 'spam', label: 'Spam', key: 's' },
  { status: 'pending', label: 'Back to pending' },
];

const SHORTCUTS: Record<string, ModerationStatus> = { a: 'approved', r: 'rejected', s: 'spam' };

type Props = {
  comment: ModeratedComment;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onDecide: (status: ModerationStatus) => void;
  onShowAccount: (account: ModeratedAccount) => void;
  /** The comment a link pointed at (`/moderation?comment=<documentId>`): scrolled to, focused and marked. */
  highlighted?: boolean;
};

/** One comment in the queue. Focus the row and press a / r / s to approve, reject or mark it as spam. */
export function QueueRow({
  comment,
  selected,
  onSelect,
  onDecide,
  onShowAccount,
  highlighted = false,
}: Props) {
  const [replying, setReplying] = useState(false);
  const row = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!highlighted || !row.current) return;
    row.current.scrollIntoView({ block: 'center' });
    row.current.focus({ preventScroll: true });
  }, [highlighted]);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const status = SHORTCUTS[event.key.toLowerCase()];
    if (!status || status === comment.moderationStatus) return;
    event.preventDefault();
    onDecide(status);
  }

  const articleHref = comment.article?.slug ? contentPath.article(comment.article.slug) : null;
  return (
    <li
      ref={row}
      className={highlighted ? `${styles.row} ${styles.highlighted}` : styles.row}
      data-highlighted={highlighted || undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-label={`Comment by ${comment.authorName}`}
      data-testid="moderation-row"
    >
      <label className={styles.select}>
        <input type="checkbox" checked={selected} onChange={(event) => onSelect(event.target.checked)} />
        <span className={styles.visuallyHidden}>Select the comment by {comment.authorName}</span>
      </label>
      <div className={styles.content}>
        <p className={styles.meta}>
          <strong>{comment.authorName}</strong>
          {comment.account ? null : <> &lt;{comment.authorEmail}&gt;</>}
          {comment.account || comment.staffReply ? null : <> · guest</>}
          {comment.authorUrl ? <> · {comment.authorUrl}</> : null}
          {comment.staffReply ? <> · staff reply</> : null} ·{' '}
          <time dateTime={comment.createdAt}>{new Date(comment.createdAt).toLocaleString('en-GB')}</time>
        </p>
        <p className={styles.meta}>
          on{' '}
          {articleHref ? (
            <a href={articleHref} target="_blank" rel="noreferrer">
              {comment.article?.title}
            </a>
          ) : (
            (comment.article?.title ?? 'an unknown article')
          )}
          {comment.parent ? <> · in reply to {comment.parent.authorName}</> : null}
        </p>
        {comment.account ? <AccountLabel account={comment.account} onShowAccount={onShowAccount} /> : null}
        <p className={styles.body}>{comment.body}</p>
        {comment.holdReasons.length > 0 ? (
          <p className={styles.reasons}>Held because: {comment.holdReasons.join(', ')}</p>
        ) : null}
        <RowReports documentId={comment.documentId} reports={comment.reports} />
        {comment.moderatedBy ? (
          <p className={styles.meta}>
            Last decision by {comment.moderatedBy}
            {comment.moderatedAt ? ` on ${new Date(comment.moderatedAt).toLocaleString('en-GB')}` : ''}
          </p>
        ) : null}
        <div className={styles.actions}>
          {ACTIONS.filter((action) => action.status !== comment.moderationStatus).map((action) => (
            <button key={action.status} type="button" onClick={() => onDecide(action.status)}>
              {action.label}
              {action.key ? <kbd className={styles.kbd}>{action.key}</kbd> : null}
            </button>
          ))}
          {comment.moderationStatus === 'pending' || comment.moderationStatus === 'approved' ? (
            <button type="button" onClick={() => setReplying((open) => !open)} aria-expanded={replying}>
              Reply
            </button>
          ) : null}
        </div>
        {replying ? <ReplyForm documentId={comment.documentId} onDone={() => setReplying(false)} /> : null}
      </div>
    </li>
  );
}

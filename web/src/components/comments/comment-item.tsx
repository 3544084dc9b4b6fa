import type { PublicComment } from '@skinfacts/shared';
import { avatarPath } from '@/lib/avatars/avatar-path';
import { formatDate } from '@/lib/format-date';
import type { ThreadNode } from '@/lib/comments/threading';
import { CommentBody } from './comment-body';
import { ReportControl } from './report-control';
import { InitialsAvatar } from './initials-avatar';
import styles from './comments.module.css';

/** A comment in the list: approved, or the visitor's own one still awaiting moderation. */
export type ListedComment = PublicComment & { parentDocumentId: string | null; awaitingModeration: boolean };

type CommentItemProps = {
  node: ThreadNode<ListedComment>;
  /** Absent when comments are closed: no reply buttons. */
  onReply?: (comment: ListedComment) => void;
};

function AuthorName({ comment }: { comment: ListedComment }) {
  if (!comment.authorUrl) return <span className={styles.author}>{comment.authorName}</span>;
  return (
    <a className={styles.author} href={comment.authorUrl} rel="nofollow ugc noopener">
      {comment.authorName}
    </a>
  );
}

export function CommentItem({ node, onReply }: CommentItemProps) {
  const { comment, replies } = node;
  return (
    <li
      id={`comment-${comment.documentId}`}
      className={comment.awaitingModeration ? `${styles.comment} ${styles.pending}` : styles.comment}
      data-testid="comment"
    >
      <article aria-label={`Comment by ${comment.authorName}`}>
        <header className={styles.commentHeader}>
          <InitialsAvatar
            name={comment.authorName}
            picture={comment.avatarId ? avatarPath(comment.avatarId) : null}
          />
          <AuthorName comment={comment} />
          {comment.staffReply ? <span className={styles.badge}>Skinfacts team</span> : null}
          <time className="meta" dateTime={comment.createdAt}>
            {formatDate(comment.createdAt)}
          </time>
          {comment.awaitingModeration ? (
            <strong className={styles.awaiting}>Awaiting moderation — only you can see this</strong>
          ) : null}
        </header>
        <div className={styles.body}>
          <CommentBody body={comment.body} />
        </div>
        {onReply && !comment.awaitingModeration ? (
          <button
            type="button"
            className={styles.linkButton}
            onClick={() => onReply(comment)}
            aria-label={`Reply to ${comment.authorName}`}
          >
            Reply
          </button>
        ) : null}
        {!comment.awaitingModeration && !comment.staffReply ? (
          <>
            {' '}
            <ReportControl commentDocumentId={comment.documentId} authorName={comment.authorName} />
          </>
        ) : null}
      </article>
      {replies.length > 0 ? (
        <ol className={styles.replies}>
          {replies.map((reply) => (
            <CommentItem key={reply.comment.documentId} node={reply} onReply={onReply} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

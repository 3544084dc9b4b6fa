import type { Pagination, PublicComment } from '@skinfacts/shared';

/** One page of an article's approved comments, oldest first. */
export type CommentPage = { comments: PublicComment[]; pagination: Pagination };

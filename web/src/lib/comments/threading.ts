/**
 * Builds a reply tree from a flat list of approved comments, oldest first. Top-level comments have depth 1
 * and replies nest up to MAX_DEPTH; a reply to a comment at MAX_DEPTH (or deeper) is attached to its
 * depth-MAX_DEPTH ancestor, so the tree never grows deeper than MAX_DEPTH + 1 levels. A reply whose parent
 * is not in the list (not approved, or on a page not loaded yet) is shown at the top level.
 */
export const MAX_DEPTH = 3;

export type ThreadableComment = {
  documentId: string;
  createdAt: string;
  parentDocumentId?: string | null;
};
export type ThreadNode<T> = { comment: T; depth: number; replies: ThreadNode<T>[] };

export function buildThreads<T extends ThreadableComment>(comments: readonly T[]): ThreadNode<T>[] {
  const sorted = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  /** For each placed comment: the node its replies go into. */
  const replyTarget = new Map<string, ThreadNode<T>>();
  const roots: ThreadNode<T>[] = [];

  for (const comment of sorted) {
    // Parents are older, so they are already placed; a missing or later parent means top level.
    const target = comment.parentDocumentId ? replyTarget.get(comment.parentDocumentId) : undefined;
    const depth = target ? target.depth + 1 : 1;
    const node: ThreadNode<T> = { comment, depth, replies: [] };
    if (target) target.replies.push(node);
    else roots.push(node);
    // Below MAX_DEPTH a comment takes its own replies; from MAX_DEPTH on they go to the depth-MAX_DEPTH ancestor.
    replyTarget.set(comment.documentId, depth > MAX_DEPTH && target ? target : node);
  }
  return roots;
}

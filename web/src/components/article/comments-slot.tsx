/**
 * Where comments will go (the comments issue replaces the paragraph). The section keeps its id, so
 * links to "#comments" work now and later.
 */
export function CommentsSlot({
  articleDocumentId,
  commentsOpen,
}: {
  articleDocumentId: string;
  commentsOpen: boolean;
}) {
  return (
    <section
      id="comments"
      aria-labelledby="comments-heading"
      data-slot="comments"
      data-article-document-id={articleDocumentId}
    >
      <h2 id="comments-heading">Comments</h2>
      <p>
        {commentsOpen
          ? 'Comments on this article will appear here soon.'
          : 'Comments are closed for this article.'}
      </p>
    </section>
  );
}

/** The comment content type's UID, for the Document Service, the query engine and permissions. */
export const COMMENT_UID = 'api::comment.comment';

export const COMMENT_REPORT_UID = 'api::comment-report.comment-report' as const;

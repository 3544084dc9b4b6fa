export const COMMENTER_ACCOUNT_UID = 'api::commenter-account.commenter-account';
export const COMMENTER_SESSION_UID = 'api::commenter-session.commenter-session';

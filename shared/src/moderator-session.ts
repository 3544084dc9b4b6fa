/**
 * How long a moderator's login lasts, in seconds: the CMS's access token and server-side session, and the
 * site's session cookie. One working day, so a forgotten login ends on its own; logging out ends it sooner.
 */
export const MODERATOR_SESSION_SECONDS = 8 * 60 * 60;

import 'server-only';
import { COMMENTER_SESSION_SECONDS, commenterSessionTokenSchema } from '@skinfacts/shared';
import { commenterCookie, cookieFrom } from './cookies';

/** The commenter's session token (the CMS keeps only its hash); page JavaScript never sees it. */
export const COMMENTER_COOKIE = 'skinfacts_commenter_session';
/** A one-time message for the form after a failed or cancelled sign-in (read and cleared by GET /api/auth/session). */
export const PROBLEM_COOKIE = 'skinfacts_signin_problem';

export const commenterSessionFrom = (request: Request): string | null => {
  const parsed = commenterSessionTokenSchema.safeParse(cookieFrom(request, COMMENTER_COOKIE));
  return parsed.success ? parsed.data : null;
};

export const setCommenterSession = (token: string) =>
  commenterCookie(COMMENTER_COOKIE, token, COMMENTER_SESSION_SECONDS);
export const clearCommenterSession = () => commenterCookie(COMMENTER_COOKIE, '', 0);

export const setSignInProblem = (message: string) => commenterCookie(PROBLEM_COOKIE, message, 300);
export const clearSignInProblem = () => commenterCookie(PROBLEM_COOKIE, '', 0);
export const signInProblemFrom = (request: Request) =>
  cookieFrom(request, PROBLEM_COOKIE)?.slice(0, 300) ?? null;

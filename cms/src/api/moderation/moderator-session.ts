import type { Core } from '@strapi/strapi';
import type { AuthState } from './moderator';

/** The users-permissions plugin keeps its logins in Strapi's session manager under this origin. */
const ORIGIN = 'users-permissions';

function sessionOf(state: AuthState): { userId: string; sessionId: string } | null {
  const userId = state.user?.id;
  const sessionId = state.session?.id;
  if (userId === undefined || userId === null || typeof sessionId !== 'string' || !sessionId) return null;
  return { userId: String(userId), sessionId };
}

/**
 * Whether the login behind this request is still open. An access token stays valid until it expires, so
 * only the server-side session tells that its owner has logged out since.
 */
export async function sessionIsActive(strapi: Core.Strapi, state: AuthState): Promise<boolean> {
  const session = sessionOf(state);
  if (!session) return false;
  return strapi.sessionManager(ORIGIN).isSessionActive(session.sessionId);
}

/** Ends the login behind this request for good: its access token is refused from now on. */
export async function endSession(strapi: Core.Strapi, state: AuthState): Promise<boolean> {
  const session = sessionOf(state);
  if (!session) return false;
  return strapi.sessionManager(ORIGIN).revokeSessionById(session.userId, session.sessionId);
}

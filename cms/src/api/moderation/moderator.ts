/** Who may moderate, and who a decision is recorded under. */
export const MODERATOR_ROLE = 'moderator';

export type AuthState = {
  user?: { id?: number | string; email?: string; username?: string; role?: { type?: string } | null } | null;
  auth?: { strategy?: { name?: string }; credentials?: unknown };
  /** The users-permissions login (server-side session) the request's access token belongs to. */
  session?: { id?: unknown };
};

/** Who decided: `by` is stored in `moderatedBy`; `name`/`email` sign a staff reply. */
export type Moderator = { by: string; name: string; email: string };

export class CommentNotFoundError extends Error {}
export class ReplyNotAllowedError extends Error {}

function tokenCredentials(state: AuthState): { type?: unknown; name?: unknown } | null {
  const strategy = state.auth?.strategy?.name;
  // Strapi 5.54 names the strategy 'content-api-token'; earlier 5.x releases called it 'api-token'.
  if (strategy !== 'content-api-token' && strategy !== 'api-token') return null;
  const credentials = state.auth?.credentials;
  return typeof credentials === 'object' && credentials !== null ? credentials : null;
}

/** Full-access API tokens (editors' tools) may moderate; read-only and custom tokens may not. */
export function isFullAccessToken(state: AuthState): boolean {
  return tokenCredentials(state)?.type === 'full-access';
}

export function isModerator(state: AuthState): boolean {
  return state.user?.role?.type === MODERATOR_ROLE || isFullAccessToken(state);
}

/** The moderator behind a request that passed the is-moderator policy, or null. */
export function moderatorOf(state: AuthState): Moderator | null {
  const user = state.user;
  if (user?.role?.type === MODERATOR_ROLE && user.email) {
    return { by: user.email, name: user.username || 'Moderator', email: user.email };
  }
  const token = tokenCredentials(state);
  if (token?.type === 'full-access') {
    const name = typeof token.name === 'string' ? token.name : 'unknown';
    return { by: `api-token:${name}`, name: 'Skinfacts team', email: 'staff@skinfacts.invalid' };
  }
  return null;
}

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isFullAccessToken, isModerator, type AuthState } from '../moderator';
import { sessionIsActive } from '../moderator-session';

/**
 * Moderators (users-permissions role type `moderator`) and full-access API tokens pass; everyone else gets
 * 403 — even a role an admin gave the moderation permissions to by hand. A moderator whose login has ended
 * (logged out, or past its lifetime) gets 401, though the access token itself has not expired yet.
 */
export default async function isModeratorPolicy(
  policyContext: { state: AuthState },
  _config: unknown,
  { strapi }: { strapi: Core.Strapi },
) {
  const { state } = policyContext;
  if (!isModerator(state)) {
    throw new errors.PolicyError('Only moderators may do this.', { policy: 'is-moderator' });
  }
  if (isFullAccessToken(state) || (await sessionIsActive(strapi, state))) return true;
  // Strapi's route wrapper answers an UnauthorizedError as a bare 401 "Unauthorized"; the site says "log in again".
  throw new errors.UnauthorizedError('This login has ended. Log in again.');
}

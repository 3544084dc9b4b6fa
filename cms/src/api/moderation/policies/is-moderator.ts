import { errors } from '@strapi/utils';
import { isModerator, type AuthState } from '../moderator';

/**
 * Moderators (users-permissions role type `moderator`) and full-access API tokens pass; everyone else gets
 * 403 — even a role an admin gave the moderation permissions to by hand.
 */
export default function isModeratorPolicy(policyContext: { state: AuthState }) {
  if (isModerator(policyContext.state)) return true;
  throw new errors.PolicyError('Only moderators may do this.', { policy: 'is-moderator' });
}

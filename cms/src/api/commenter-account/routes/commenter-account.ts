/**
 * Only the site calls these (after a commenter signed in at their provider, or with the session cookie it
 * holds for them): no users-permissions auth, the shared web↔CMS secret instead. No core routes: accounts are
 * never public.
 */
const config = { auth: false as const, policies: ['api::comment.from-site'] };

export default {
  routes: [
    { method: 'POST', path: '/commenter-accounts/sign-in', handler: 'commenter-account.signIn', config },
    { method: 'POST', path: '/commenter-accounts/session', handler: 'commenter-account.session', config },
    { method: 'POST', path: '/commenter-accounts/sign-out', handler: 'commenter-account.signOut', config },
    { method: 'POST', path: '/commenter-accounts/delete', handler: 'commenter-account.remove', config },
    { method: 'POST', path: '/commenter-accounts/avatar', handler: 'commenter-account.avatar', config },
  ],
};

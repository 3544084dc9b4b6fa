/** Where the site serves a commenter's picture (app/api/auth/avatar/[id]): never the provider's own address. */
export const avatarPath = (avatarId: string) => `/api/auth/avatar/${encodeURIComponent(avatarId)}`;

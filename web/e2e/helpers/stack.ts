function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run browser tests with \`npm run test:e2e\`.`);
  return value;
}

/** Where the stack started by global-setup listens, and its demo accounts. */
export const stack = {
  get webUrl() {
    return required('E2E_WEB_URL');
  },
  /** The CMS itself. The site reaches it through a switch (cms-link.ts); tests always reach it directly. */
  get cmsUrl() {
    return required('E2E_CMS_URL');
  },
  get cmsProxyControl() {
    return required('E2E_CMS_PROXY_CONTROL');
  },
  /** Each mail the CMS sent, as `<n>.eml` (the stack gives the CMS an SMTP server that keeps them). */
  get mailDir() {
    return required('E2E_MAIL_DIR');
  },
  /** The OpenID Connect provider the site's "Test ID" sign-in uses (any login and password). */
  get oidcIssuer() {
    return required('E2E_OIDC_ISSUER');
  },
  get admin() {
    return { email: required('E2E_ADMIN_EMAIL'), password: required('E2E_ADMIN_PASSWORD') };
  },
  /** The demo editor: an admin-panel user with the Editor role. */
  get editor() {
    return { email: required('E2E_EDITOR_EMAIL'), password: required('E2E_EDITOR_PASSWORD') };
  },
  get moderator() {
    return { email: required('E2E_MODERATOR_EMAIL'), password: required('E2E_MODERATOR_PASSWORD') };
  },
};

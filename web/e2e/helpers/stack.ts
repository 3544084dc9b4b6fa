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
  get cmsUrl() {
    return required('E2E_CMS_URL');
  },
  get admin() {
    return { email: required('E2E_ADMIN_EMAIL'), password: required('E2E_ADMIN_PASSWORD') };
  },
  get moderator() {
    return { email: required('E2E_MODERATOR_EMAIL'), password: required('E2E_MODERATOR_PASSWORD') };
  },
};

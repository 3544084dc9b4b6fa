import path from 'node:path';
import { startTestStack, type TestStack } from '../../../scripts/lib/test-stack';

declare global {
  var skinfactsStack: TestStack | undefined;
}

/** Starts the stack once for every browser test; the tests find it through E2E_* variables. */
export default async function globalSetup() {
  const quiet = process.env.E2E_VERBOSE ? (line: string) => console.log(line) : () => undefined;
  const stack = await startTestStack(path.resolve(__dirname, '../../..'), quiet, {
    cmsProxy: true,
    mailSink: true,
    oidcProvider: true,
  });
  globalThis.skinfactsStack = stack;
  Object.assign(process.env, {
    E2E_CMS_URL: stack.cmsUrl,
    E2E_WEB_URL: stack.webUrl,
    E2E_CMS_PROXY_CONTROL: stack.cmsProxyControlUrl,
    E2E_MAIL_DIR: stack.mailDir,
    E2E_OIDC_ISSUER: stack.oidcIssuer,
    E2E_ADMIN_EMAIL: stack.admin.email,
    E2E_ADMIN_PASSWORD: stack.admin.password,
    E2E_MODERATOR_EMAIL: stack.moderator.email,
    E2E_MODERATOR_PASSWORD: stack.moderator.password,
    E2E_EDITOR_EMAIL: stack.editor.email,
    E2E_EDITOR_PASSWORD: stack.editor.password,
  });
}

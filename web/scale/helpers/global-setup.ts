import path from 'node:path';
import { startSwitchableProxy, type SwitchableProxy } from '../../../scripts/lib/switchable-proxy';
import { startTestStack, type TestStack } from '../../../scripts/lib/test-stack';
import { startRecordingEdge } from './recording-edge';

declare global {
  var skinfactsScale:
    | { stack: TestStack; redisLink: SwitchableProxy; edge: Awaited<ReturnType<typeof startRecordingEdge>> }
    | undefined;
}

/**
 * Two site instances from one build, sharing their cache in Redis under a fresh key prefix. Site A, the one
 * the CMS tells about changes, reaches Redis through a link the tests can cut, and purges a stand-in edge;
 * site B reaches Redis directly.
 */
export default async function globalSetup() {
  const quiet = process.env.E2E_VERBOSE ? (line: string) => console.log(line) : () => undefined;
  const redisUrl = new URL(process.env.REDIS_URL || 'redis://127.0.0.1:6379');
  const redisLink = await startSwitchableProxy({
    host: redisUrl.hostname,
    port: Number(redisUrl.port || 6379),
  });
  const edge = await startRecordingEdge();
  const linkUrl = new URL(redisUrl);
  linkUrl.host = new URL(redisLink.url).host;
  const stack = await startTestStack(path.resolve(__dirname, '../../..'), quiet, {
    sharedCacheRedisUrl: redisUrl.toString(),
    webInstances: [{ REDIS_URL: linkUrl.toString(), EDGE_PURGE_URLS: edge.url }, {}],
  });
  globalThis.skinfactsScale = { stack, redisLink, edge };
  Object.assign(process.env, {
    SCALE_CMS_URL: stack.cmsUrl,
    SCALE_WEB_A: stack.webUrls[0],
    SCALE_WEB_B: stack.webUrls[1],
    SCALE_REDIS_LINK_CONTROL: redisLink.controlUrl,
    SCALE_EDGE_URL: edge.url,
    SCALE_REDIS_URL: redisUrl.toString(),
    SCALE_REDIS_PREFIX: stack.redisKeyPrefix,
    SCALE_REVALIDATE_SECRET: stack.secrets.revalidate,
    SCALE_ADMIN_EMAIL: stack.admin.email,
    SCALE_ADMIN_PASSWORD: stack.admin.password,
  });
}

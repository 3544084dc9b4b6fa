function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these tests with \`npm run test:scale:site\`.`);
  return value;
}

/** Where the stack started by global-setup listens. */
export const scale = {
  get cmsUrl() {
    return required('SCALE_CMS_URL');
  },
  /** Site A: the CMS sends it every change; its link to Redis can be cut (`cutRedis`). */
  get siteA() {
    return required('SCALE_WEB_A');
  },
  /** Site B: same build, same Redis, never told about changes. */
  get siteB() {
    return required('SCALE_WEB_B');
  },
  /** The stand-in edge site A purges and warms pages through (helpers/recording-edge.ts). */
  get edgeUrl() {
    return required('SCALE_EDGE_URL');
  },
  get revalidateSecret() {
    return required('SCALE_REVALIDATE_SECRET');
  },
  get redisUrl() {
    return required('SCALE_REDIS_URL');
  },
  get redisPrefix() {
    return required('SCALE_REDIS_PREFIX');
  },
  get admin() {
    return { email: required('SCALE_ADMIN_EMAIL'), password: required('SCALE_ADMIN_PASSWORD') };
  },
};

/** `refuse`: site A's connections to Redis are dropped, as when Redis is down; `open`: it is back. */
export async function switchRedisLink(mode: 'open' | 'refuse' | 'hang'): Promise<void> {
  const response = await fetch(`${required('SCALE_REDIS_LINK_CONTROL')}/${mode}`, { method: 'POST' });
  if (response.status !== 204) throw new Error(`switching the Redis link failed: ${response.status}`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function pageText(url: string): Promise<string> {
  return (await fetch(url)).text();
}

/** A published article as the CMS serves it to the public. */
export async function publishedArticle(slug: string): Promise<{ documentId: string; title: string }> {
  const response = await fetch(`${scale.cmsUrl}/api/articles/${slug}`);
  const body = (await response.json()) as { data: { documentId: string; title: string } };
  return body.data;
}

import { floodComments } from '../../bench/comment-flood';
import type { TestCluster } from '../../lib/cluster/test-cluster';
import { publishedArticle } from '../lib/articles';
import { requestFrom } from '../lib/from-address';

const SLUG = 'what-is-microneedling';
/** The CMS files a form sent within 3 s of being shown as spam. */
const FILL_TIME_MS = 3_100;

/** What the site sends with a visitor's comment (web/src/lib/cms/comments.ts), straight to one CMS instance. */
async function postComment(
  cluster: TestCluster,
  cmsUrl: string,
  visitorIp: string,
  formToken: string,
  n: number,
) {
  const article = await publishedArticle(cmsUrl, SLUG);
  const response = await fetch(`${cmsUrl}/api/comments`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'x-skinfacts-web-secret': cluster.secrets.webToCms,
      'x-skinfacts-client-ip': visitorIp,
    },
    body: JSON.stringify({
      data: {
        article: article.documentId,
        authorName: 'Limit tester',
        authorEmail: `limit-${Date.now()}-${n}@example.org`,
        body: `Limit test comment ${n} at ${Date.now()}.`,
        formToken,
      },
    }),
  });
  return { status: response.status, text: await response.text() };
}

async function formToken(cmsUrl: string): Promise<string> {
  const { documentId } = await publishedArticle(cmsUrl, SLUG);
  const response = await fetch(`${cmsUrl}/api/comments/form-token?article=${documentId}`);
  return ((await response.json()) as { data: { formToken: string } }).data.formToken;
}

/** Limits counted once for the whole cluster, and no comment lost or doubled across CMS instances. */
export function limitsSuite(clusterOf: () => TestCluster): void {
  let cluster: TestCluster;
  beforeAll(() => {
    cluster = clusterOf();
  });

  it('stores 200 comments posted concurrently through both CMS instances exactly once each', async () => {
    const figures = await floodComments(
      {
        cmsUrls: cluster.cmsInstances.map((each) => each.url),
        moderator: cluster.moderator,
        secrets: cluster.secrets,
      },
      SLUG,
      { clients: 200, comments: 200 },
    );
    expect(figures.byStatus).toEqual({ 201: 200 });
    expect([figures.storedOnce, figures.missing, figures.duplicated]).toEqual([200, 0, 0]);
  });

  it('counts the comment rate limit across instances: six quick tries alternating A and B hit it', async () => {
    const urls = cluster.cmsInstances.map((each) => each.url);
    const tokens = await Promise.all(Array.from({ length: 6 }, (_, n) => formToken(urls[n % urls.length]!)));
    await new Promise((resolve) => setTimeout(resolve, FILL_TIME_MS));
    const answers = [];
    for (let n = 0; n < 6; n += 1) {
      answers.push(await postComment(cluster, urls[n % urls.length]!, '203.0.113.77', tokens[n]!, n));
    }
    expect(answers.map((answer) => answer.status)).toEqual([201, 429, 429, 429, 429, 429]);
    // Tries 2–5 meet the flood interval (kept in the database); the sixth is the fifth hit in a minute that
    // both instances counted together. Counted per instance, each would have seen three.
    expect(answers[5]?.text).toContain('Too many comments from your connection');
  });

  it('counts admin logins across instances per client behind HAProxy: the sixth wrong password is refused', async () => {
    const tryLogin = (localAddress: string) =>
      requestFrom(`${cluster.cmsProxyUrl}/admin/login`, {
        localAddress,
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: cluster.admin.email, password: 'Wrong-password-1' }),
      });
    const statuses: number[] = [];
    // HAProxy takes the instances in turn, so these six alternate between CMS A and B.
    for (let n = 0; n < 6; n += 1) statuses.push((await tryLogin('127.0.0.2')).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
    // Another client is not locked out by the first one's failures.
    expect((await tryLogin('127.0.0.3')).status).toBe(400);
  });
}

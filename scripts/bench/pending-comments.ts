import { adminLogin, type AdminSession } from '../lib/cms-admin-api';
import type { TestStack } from '../lib/test-stack';

const COMMENT_UID = 'api::comment.comment';
/** SQLite takes one write at a time; a few requests in flight only hide the HTTP round trip. */
const IN_FLIGHT = 4;

async function publishedArticleIds(stack: TestStack): Promise<string[]> {
  const response = await fetch(`${stack.cmsUrl}/api/articles`);
  if (!response.ok) throw new Error(`listing articles failed: ${response.status}`);
  const body = (await response.json()) as { data: Array<{ documentId: string }> };
  if (body.data.length === 0) throw new Error('the bench stack has no published articles');
  return body.data.map((article) => article.documentId);
}

async function createComment(session: AdminSession, data: Record<string, unknown>) {
  const url = `${session.cmsUrl}/content-manager/collection-types/${COMMENT_UID}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.token}` },
    body: JSON.stringify(data),
  });
  if (!response.ok) throw new Error(`creating a comment failed: ${response.status} ${await response.text()}`);
}

/**
 * `count` pending comments, spread round-robin over the published articles, created with the admin panel's
 * content-manager API — i.e. through Strapi's Document Service, so they are the rows Strapi itself writes
 * (document ids, epoch-ms timestamps, defaults, and links to both the draft and the published row of the
 * article) and they follow the comment type as it changes. POST /api/comments would refuse them (per-IP rate
 * limit). Inserting rows into the SQLite file takes about a second instead of minutes, but the bench stack
 * does not expose its database path, and hand-written rows would drift from the content type.
 */
export async function createPendingComments(stack: TestStack, count: number): Promise<void> {
  const [session, articles] = await Promise.all([
    adminLogin(stack.cmsUrl, stack.admin),
    publishedArticleIds(stack),
  ]);
  const run = Date.now().toString(36);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < count; index = next++) {
      await createComment(session, {
        article: { connect: [{ documentId: articles[index % articles.length] }] },
        authorName: `Queue reader ${index}`,
        authorEmail: `queue-${run}-${index}@example.org`,
        body: `Queued comment ${index} (${run}): how long should I wait after microneedling before using retinoids again?`,
        moderationStatus: 'pending',
      });
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}

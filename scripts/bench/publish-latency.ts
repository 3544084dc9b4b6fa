import { contentPath } from '@skinfacts/shared/site-routes';
import { adminLogin, publishArticleWith, waitForText } from '../lib/cms-admin-api';
import type { TestStack } from '../lib/test-stack';

/**
 * Publish → visible: an admin publishes a changed title, and we time until the article page shows it.
 * Each round changes the title again, then the original title is restored.
 */
export async function measurePublishLatency(
  stack: Pick<TestStack, 'cmsUrl' | 'webUrl' | 'admin'>,
  slug: string,
  rounds: number,
): Promise<number[]> {
  const article = (await (await fetch(`${stack.cmsUrl}/api/articles/${slug}`)).json()) as {
    data: { documentId: string; title: string };
  };
  const { documentId, title } = article.data;
  const pageUrl = `${stack.webUrl}${contentPath.article(slug)}`;
  const session = await adminLogin(stack.cmsUrl, stack.admin);
  const timings: number[] = [];
  try {
    for (let round = 1; round <= rounds; round += 1) {
      await fetch(pageUrl); // the page is cached before each publish
      const changed = `${title} (bench ${round}-${Date.now()})`;
      const started = performance.now();
      await publishArticleWith(session, documentId, { title: changed });
      const afterPublish = performance.now() - started;
      timings.push(afterPublish + (await waitForText(pageUrl, changed, 15_000, 10)));
    }
  } finally {
    await publishArticleWith(session, documentId, { title });
  }
  return timings;
}

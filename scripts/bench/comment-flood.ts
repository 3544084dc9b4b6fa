import type { TestStack } from '../lib/test-stack';
import { moderatorToken } from './moderator-session';

/** Where the comments go: one CMS, or several instances taken in turn; read back through the first. */
export interface FloodTarget extends Pick<TestStack, 'moderator' | 'secrets'> {
  cmsUrls: string[];
}

export interface FloodShape {
  clients: number;
  comments: number;
}

const BENCH_SHAPE: FloodShape = { clients: 20, comments: 200 };
/** The CMS files a form sent within 3 s of being shown as spam; real visitors take longer. */
const FILL_TIME_MS = 3_100;

export interface FloodFigures {
  sent: number;
  byStatus: Record<number, number>;
  accepted: number;
  stored: number;
  storedOnce: number;
  missing: number;
  duplicated: number;
}

/** Every comment body in the moderation queue (all statuses), page by page. */
async function storedBodies(cmsUrl: string, jwt: string): Promise<string[]> {
  const bodies: string[] = [];
  for (const status of ['pending', 'approved', 'rejected', 'spam']) {
    for (let page = 1; ; page += 1) {
      const url = `${cmsUrl}/api/moderation/comments?status=${status}&page=${page}&pageSize=100`;
      const response = await fetch(url, { headers: { Authorization: `Bearer ${jwt}` } });
      const body = (await response.json()) as {
        data: Array<{ body: string }>;
        meta: { pagination: { pageCount: number } };
      };
      bodies.push(...body.data.map((comment) => comment.body));
      if (page >= body.meta.pagination.pageCount) break;
    }
  }
  return bodies;
}

/**
 * 200 comments posted concurrently by 20 clients with distinct IPs (sent the way the site sends them). The rate
 * limit and flood interval refuse most of each client's comments; what matters is that every accepted one is
 * stored exactly once and no refused one is stored at all. Client n posts through `cmsUrls[n % length]`.
 */
export async function floodComments(
  target: FloodTarget,
  articleSlug: string,
  shape: FloodShape = BENCH_SHAPE,
): Promise<FloodFigures> {
  const [readUrl] = target.cmsUrls;
  if (!readUrl) throw new Error('floodComments needs a CMS to post to');
  const article = (await (await fetch(`${readUrl}/api/articles/${articleSlug}`)).json()) as {
    data: { documentId: string };
  };
  const run = Date.now().toString(36);
  const tokens = await Promise.all(
    Array.from({ length: shape.comments }, async (_, index) => {
      // A token works once, for one article: one per comment.
      const response = await fetch(
        `${target.cmsUrls[index % target.cmsUrls.length] ?? readUrl}/api/comments/form-token?article=${article.data.documentId}`,
      );
      return ((await response.json()) as { data: { formToken: string } }).data.formToken;
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, FILL_TIME_MS));

  const acceptedBodies: string[] = [];
  const byStatus: Record<number, number> = {};
  const perClient = shape.comments / shape.clients;
  await Promise.all(
    Array.from({ length: shape.clients }, async (_, client) => {
      const cmsUrl = target.cmsUrls[client % target.cmsUrls.length] ?? readUrl;
      for (let i = 0; i < perClient; i += 1) {
        const body = `Bench comment ${run} from client ${client}, number ${i}.`;
        const response = await fetch(`${cmsUrl}/api/comments`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'x-skinfacts-web-secret': target.secrets.webToCms,
            'x-skinfacts-client-ip': `198.51.${100 + Math.floor(client / 250)}.${(client % 250) + 1}`,
          },
          body: JSON.stringify({
            data: {
              article: article.data.documentId,
              authorName: `Bench ${client}`,
              authorEmail: `bench-${run}-${client}-${i}@example.org`,
              body,
              formToken: tokens[client * perClient + i],
            },
          }),
        });
        byStatus[response.status] = (byStatus[response.status] ?? 0) + 1;
        if (response.status === 201) acceptedBodies.push(body);
      }
    }),
  );

  const jwt = await moderatorToken({ cmsUrl: readUrl, moderator: target.moderator });
  const stored = (await storedBodies(readUrl, jwt)).filter((body) => body.includes(run));
  const storedCount = (body: string) => stored.filter((candidate) => candidate === body).length;
  return {
    sent: shape.comments,
    byStatus,
    accepted: acceptedBodies.length,
    stored: stored.length,
    storedOnce: acceptedBodies.filter((body) => storedCount(body) === 1).length,
    missing: acceptedBodies.filter((body) => storedCount(body) === 0).length,
    duplicated: acceptedBodies.filter((body) => storedCount(body) > 1).length,
  };
}

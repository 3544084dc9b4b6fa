import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  articleSchema,
  articleSummarySchema,
  collectionResponse,
  publicCommentSchema,
  singleResponse,
  topicDetailSchema,
  topicSchema,
  treatmentSchema,
  treatmentSummarySchema,
} from '@skinfacts/shared';
import { seedDemoContent } from '../src/seed';
import { looseDocuments } from './helpers/loose-documents';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { stopAndClean } from './helpers/uploads';

/**
 * The site parses every CMS answer with a zod schema from shared/. This sends each public read the site sends
 * (recorded in shared/src/__fixtures__/site-reads.json; web/src/lib/cms/public-queries.test.ts checks the site
 * sends exactly those) to a CMS holding the demo content — covers, avatars, share images, a treatment with
 * precautions, topics, approved comments with a reply — and parses each answer as the site does. So a change to a
 * public-shape.ts that breaks the site fails here, and so does one that silently drops a part the site shows.
 */
const siteReads = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../shared/src/__fixtures__/site-reads.json'), 'utf8'),
) as { articleDocumentId: string; requests: string[] };

const pick = { slug: true, updatedAt: true } as const;

/** The schemas web/src/lib/cms/* parse each route's answer with; the first one also names what must be present. */
const SITE_SCHEMAS: Record<string, { list: z.ZodType[]; detail?: z.ZodType }> = {
  '/api/articles': {
    list: [collectionResponse(articleSummarySchema), collectionResponse(articleSummarySchema.pick(pick))],
    detail: singleResponse(articleSchema),
  },
  '/api/treatments': {
    list: [collectionResponse(treatmentSummarySchema), collectionResponse(treatmentSchema.pick(pick))],
    detail: singleResponse(treatmentSchema),
  },
  '/api/topics': {
    list: [collectionResponse(topicSchema), collectionResponse(topicSchema.pick(pick))],
    detail: singleResponse(topicDetailSchema),
  },
  '/api/comments': { list: [collectionResponse(publicCommentSchema)] },
};

/** Parts of a site schema a route leaves out on purpose; everything else must come back on some answer. */
const NOT_SERVED: Record<string, string> = {
  '/api/topics/:slug data.updatedAt': 'the topic page does not show it; the list serves it for the sitemap',
  '/api/comments data[].avatarId':
    "the seed's comments are guests' and Gravatar is off by default; commenter-avatars.int.test.ts serves one",
};

/** Where rich text (Strapi blocks) starts: each block type has its own fields, so presence is not checked below. */
const BLOCKS = /\.(body|howItWorks)\[\]\./;

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType };
const defOf = (schema: z.ZodType) => schema.def as unknown as Def & { element?: z.ZodType };

/** Every path (`data[].author.avatar.url`) an object in `schema` names. */
function schemaPaths(schema: z.ZodType, at = '', out = new Set<string>()): Set<string> {
  const def = defOf(schema);
  if (def.type === 'object') {
    for (const [key, child] of Object.entries(def.shape ?? {})) {
      const next = at ? `${at}.${key}` : key;
      out.add(next);
      schemaPaths(child, next, out);
    }
  } else if (def.type === 'array' && def.element) schemaPaths(def.element, `${at}[]`, out);
  else if (def.type === 'pipe' && def.in) schemaPaths(def.in, at, out);
  else if (def.innerType) schemaPaths(def.innerType, at, out); // optional, nullable, default, …
  return out;
}

/** Every path in `value` that holds something (not null, not undefined). */
function presentPaths(value: unknown, at = '', out = new Set<string>()): Set<string> {
  if (value === null || value === undefined) return out;
  if (at) out.add(at);
  if (Array.isArray(value)) value.forEach((item) => presentPaths(item, `${at}[]`, out));
  else if (typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) presentPaths(child, at ? `${at}.${key}` : key, out);
  }
  return out;
}

let app: TestStrapi;
let articleDocumentId: string;

/** The demo's references have no links: give the article and the treatment one, so a link's field is read too. */
async function addLinkedReference(uid: 'api::article.article' | 'api::treatment.treatment', slug: string) {
  const found = await app.strapi
    .documents(uid)
    .findFirst({ filters: { slug }, populate: { references: true } });
  const references = (found!.references ?? []).map(({ id: _id, ...reference }) => reference);
  const docs = looseDocuments(app.strapi, uid);
  const link = { title: 'A linked source', url: 'https://example.org/source' };
  await docs.update({ documentId: found!.documentId, data: { references: [...references, link] } });
  await docs.publish({ documentId: found!.documentId });
}

beforeAll(async () => {
  app = await startTestStrapi();
  await seedDemoContent(app.strapi, () => {});
  await addLinkedReference('api::article.article', 'what-is-microneedling');
  await addLinkedReference('api::treatment.treatment', 'microneedling');
  const article = await app.strapi
    .documents('api::article.article')
    .findFirst({ filters: { slug: 'what-is-microneedling' }, status: 'published' });
  articleDocumentId = article!.documentId;
}, 120_000);
afterAll(() => stopAndClean(app));

/** Each read the site sends, with the schemas it parses the answer with and the route it belongs to. */
function reads() {
  return siteReads.requests.map((recorded) => {
    const url = recorded.replace(siteReads.articleDocumentId, () => articleDocumentId);
    const { pathname } = new URL(url, 'http://cms');
    const entry = Object.entries(SITE_SCHEMAS).find(
      ([base]) => pathname === base || pathname.startsWith(`${base}/`),
    );
    if (!entry) throw new Error(`${recorded}: no site schema for this route`);
    const [route, { list, detail: detailSchema }] = entry;
    const detail = pathname !== route;
    if (detail && !detailSchema) throw new Error(`${recorded}: the site reads no single entry here`);
    const schemas = detail && detailSchema ? [detailSchema] : list;
    return { recorded, url, kind: `${route}${detail ? '/:slug' : ''}`, schemas };
  });
}

describe('the public reads the site sends', () => {
  const answers = new Map<string, { kind: string; body: unknown }>();

  it('are answered 200 and parse with the site schemas', async () => {
    const problems: string[] = [];
    for (const { recorded, url, kind, schemas } of reads()) {
      const res = await app.http().get(url);
      if (res.status !== 200) {
        problems.push(`${recorded}: ${res.status} ${JSON.stringify(res.body)}`);
        continue;
      }
      answers.set(recorded, { kind, body: res.body });
      for (const schema of schemas) {
        const parsed = schema.safeParse(res.body);
        if (!parsed.success) {
          problems.push(...parsed.error.issues.map((i) => `${recorded}: ${i.path.join('.')}: ${i.message}`));
        }
      }
    }
    expect(problems).toEqual([]);
    expect(answers.size).toBe(siteReads.requests.length);
  });

  it('serve every part the site schemas know, on some answer of each route', () => {
    const present = new Map<string, Set<string>>();
    for (const { kind, body } of answers.values()) {
      present.set(kind, presentPaths(body, '', present.get(kind)));
    }
    const missing: string[] = [];
    for (const { kind, schemas } of reads()) {
      for (const known of schemaPaths(schemas[0]!)) {
        const where = `${kind} ${known}`;
        if (BLOCKS.test(`.${known}`) || where in NOT_SERVED) continue;
        if (!present.get(kind)?.has(known) && !missing.includes(where)) missing.push(where);
      }
    }
    expect(missing).toEqual([]);
  });
});

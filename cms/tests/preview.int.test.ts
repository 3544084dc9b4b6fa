import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { bodyOf, dataRecord, record } from './helpers/responses';
import { looseDocuments } from './helpers/loose-documents';
import { ensurePreviewToken, PREVIEW_TOKEN_NAME } from '../src/preview/token';
import { previewSignature } from '@skinfacts/shared/preview-link';

const token = () => randomBytes(32).toString('base64url');
const PREVIEW_SECRET = 'preview-test-secret';

let app: TestStrapi;
let previewToken: string;

beforeAll(async () => {
  previewToken = token();
  app = await startTestStrapi({
    CMS_PREVIEW_TOKEN: previewToken,
    PREVIEW_SECRET,
    WEB_URL: '',
    WEB_PUBLIC_URL: 'https://site.example',
  });
});
afterAll(() => app.stop());

const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Body' }] }];
const articles = () => looseDocuments(app.strapi, 'api::article.article');
const draftRead = (bearer: string) =>
  app.http().get('/api/articles?status=draft').set('Authorization', `Bearer ${bearer}`);

/** The preview token's rows, every column kept. */
async function previewTokens(strapi: Core.Strapi) {
  const rows: unknown = await strapi.db
    .query('admin::api-token')
    .findMany({ where: { name: PREVIEW_TOKEN_NAME } });
  return z.array(record).parse(rows);
}

describe('the site preview token (CMS_PREVIEW_TOKEN)', () => {
  it('reads drafts, with their relations, and nothing else', async () => {
    const author = await looseDocuments(app.strapi, 'api::author.author').create({
      data: { name: 'Draft Writer' },
    });
    await articles().create({
      data: { title: 'Unpublished idea', excerpt: 'e', body, author: author.documentId },
    });

    const list = await draftRead(previewToken).expect(200);
    const drafts = bodyOf(list, z.object({ data: z.array(z.object({ title: z.string() })) })).data;
    expect(drafts.map((article) => article.title)).toContain('Unpublished idea');
    const one = await app
      .http()
      .get('/api/articles/unpublished-idea?status=draft')
      .set('Authorization', `Bearer ${previewToken}`)
      .expect(200);
    expect(dataRecord(one).author).toMatchObject({ name: 'Draft Writer' });

    await app
      .http()
      .post('/api/articles')
      .set('Authorization', `Bearer ${previewToken}`)
      .send({ data: { title: 'Not allowed', excerpt: 'e', body } })
      .expect(403);
    await app.http().get('/api/users').set('Authorization', `Bearer ${previewToken}`).expect(403);
  });

  it('is created once and kept as it is on the next boot', async () => {
    const [before] = await previewTokens(app.strapi);
    await ensurePreviewToken(app.strapi); // what the next boot runs
    const after = await previewTokens(app.strapi);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({
      id: before?.id,
      accessKey: before?.accessKey,
      updatedAt: before?.updatedAt,
    });
    await draftRead(previewToken).expect(200);
  });

  it('follows a new value, and is deleted when the variable is removed or too short', async () => {
    const rotated = token();
    process.env.CMS_PREVIEW_TOKEN = rotated;
    await ensurePreviewToken(app.strapi);
    await draftRead(rotated).expect(200);
    await draftRead(previewToken).expect(401);

    const warn = jest.spyOn(app.strapi.log, 'warn').mockImplementation(() => app.strapi.log);
    process.env.CMS_PREVIEW_TOKEN = 'change-me';
    await ensurePreviewToken(app.strapi);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('CMS_PREVIEW_TOKEN is shorter'));
    warn.mockRestore();
    expect(await previewTokens(app.strapi)).toHaveLength(0);
    await draftRead(rotated).expect(401);
    await draftRead('change-me').expect(401);

    process.env.CMS_PREVIEW_TOKEN = previewToken;
    await ensurePreviewToken(app.strapi);
    await draftRead(previewToken).expect(200);
    delete process.env.CMS_PREVIEW_TOKEN;
    await ensurePreviewToken(app.strapi);
    expect(await previewTokens(app.strapi)).toHaveLength(0);
  });
});

describe('the Preview button', () => {
  type Handler = (uid: string, params: { documentId: string; status?: string }) => Promise<string | null>;
  const handler = () =>
    app.strapi.config.get<{ config: { handler: Handler } }>('admin.preview').config.handler;

  it('is enabled and lets the admin panel frame the site', () => {
    expect(app.strapi.config.get('admin.preview')).toMatchObject({
      enabled: true,
      config: { allowedOrigins: ['https://site.example'] },
    });
  });

  it('opens the draft of an article through a signed link to the site', async () => {
    const article = await articles().create({
      data: { title: 'Preview me', excerpt: 'e', body },
      status: 'published',
    });
    await articles().update({ documentId: article.documentId, data: { slug: 'preview-me-renamed' } });

    const draftUrl = new URL(
      (await handler()('api::article.article', { documentId: article.documentId, status: 'draft' }))!,
    );
    expect(`${draftUrl.origin}${draftUrl.pathname}`).toBe('https://site.example/api/preview');
    const params = Object.fromEntries(draftUrl.searchParams);
    expect(params).toMatchObject({ path: '/articles/preview-me-renamed', status: 'draft' });
    expect(Number(params.expires) * 1000).toBeGreaterThan(Date.now() + 50 * 60 * 1000);
    expect(params.signature).toBe(
      previewSignature(PREVIEW_SECRET, '/articles/preview-me-renamed', 'draft', Number(params.expires)),
    );
    expect(draftUrl.toString()).not.toContain(PREVIEW_SECRET);

    const publishedUrl = await handler()('api::article.article', {
      documentId: article.documentId,
      status: 'published',
    });
    expect(new URL(publishedUrl!).searchParams.get('path')).toBe('/articles/preview-me');
  });

  it('has nothing to show for types without pages or for unknown documents', async () => {
    const author = await looseDocuments(app.strapi, 'api::author.author').create({
      data: { name: 'No Page' },
    });
    expect(
      await handler()('api::author.author', { documentId: author.documentId, status: 'published' }),
    ).toBeNull();
    expect(await handler()('api::article.article', { documentId: 'missing', status: 'draft' })).toBeNull();
  });
});

import { existsSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { z } from 'zod';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { startS3Peer } from './helpers/s3-peer';

/** Issue 12: with UPLOAD_S3_BUCKET set, media-library files live on S3-compatible storage, not on local disk. */
const ADMIN = { SEED_ADMIN_EMAIL: 'admin@s3.test', SEED_ADMIN_PASSWORD: 'Adm1nPassword' };

let s3: Awaited<ReturnType<typeof startS3Peer>>;
let app: TestStrapi;
let adminToken: string;

beforeAll(async () => {
  s3 = await startS3Peer();
  app = await startTestStrapi({ ...ADMIN, ...s3.env, UPLOAD_S3_PUBLIC_URL: s3.bucketUrl });
  const login = await app
    .http()
    .post('/admin/login')
    .send({ email: ADMIN.SEED_ADMIN_EMAIL, password: ADMIN.SEED_ADMIN_PASSWORD })
    .expect(200);
  adminToken = z.object({ data: z.object({ token: z.string() }) }).parse(login.body).data.token;
});
afterAll(async () => {
  await app?.stop();
  await s3?.stop();
});

const uploadedFiles = z.array(
  z.object({
    id: z.number(),
    url: z.string(),
    formats: z.record(z.string(), z.object({ url: z.string() })).nullable(),
  }),
);

const LOCAL_UPLOADS = path.resolve(__dirname, '..', 'public', 'uploads');

it('stores an admin upload and its formats in the bucket, served from UPLOAD_S3_PUBLIC_URL', async () => {
  const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#c9707d' } })
    .png()
    .toBuffer();
  const response = await app
    .http()
    .post('/upload')
    .set('Authorization', `Bearer ${adminToken}`)
    .field('fileInfo', JSON.stringify({ name: 'cover.png', alternativeText: 'A cover' }))
    .attach('files', png, { filename: 'cover.png', contentType: 'image/png' })
    .expect(201);
  const [file] = uploadedFiles.parse(response.body);
  if (!file) throw new Error('the upload answered no file');

  expect(file.url.startsWith(`${s3.bucketUrl}/`)).toBe(true);
  const original = await fetch(file.url);
  expect(original.status).toBe(200);
  // Strapi may re-encode the original (size optimisation): the same picture, not necessarily the same bytes.
  const stored = await sharp(Buffer.from(await original.arrayBuffer())).metadata();
  expect(stored).toMatchObject({ format: 'png', width: 400, height: 300 });

  const thumbnail = file.formats?.thumbnail;
  expect(thumbnail?.url.startsWith(`${s3.bucketUrl}/`)).toBe(true);
  const thumbnailResponse = await fetch(thumbnail?.url ?? '');
  expect(thumbnailResponse.status).toBe(200);
  const { width } = await sharp(Buffer.from(await thumbnailResponse.arrayBuffer())).metadata();
  expect(width).toBeLessThan(400);

  // Nothing went to the local provider's folder.
  expect(existsSync(path.join(LOCAL_UPLOADS, path.basename(file.url)))).toBe(false);

  // Deleting it in the media library removes the objects from the bucket.
  await app
    .http()
    .delete(`/upload/files/${file.id}`)
    .set('Authorization', `Bearer ${adminToken}`)
    .expect(200);
  expect((await fetch(file.url)).status).toBe(404);
  expect((await fetch(thumbnail?.url ?? '')).status).toBe(404);
});

it("lets the admin panel show the bucket's images: the CSP allows its origin", async () => {
  const response = await app.http().get('/_health');
  const policy = response.headers['content-security-policy'] ?? '';
  const directive = (name: string) =>
    policy.split(';').find((part) => part.trim().startsWith(`${name} `)) ?? '';
  expect(directive('img-src')).toContain(s3.endpoint);
  expect(directive('img-src')).toContain("'self'");
  expect(directive('media-src')).toContain(s3.endpoint);
});

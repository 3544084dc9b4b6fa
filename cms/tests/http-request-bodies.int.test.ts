import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { z } from 'zod';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { bodyOf, containingText, errorOf } from './helpers/responses';
import { watchTempDir } from './helpers/temp-dir-watch';

// Security #3: multipart bodies filled the disk; JSON bodies had no useful limit.
const ACCOUNTS = {
  SEED_ADMIN_EMAIL: 'admin@bodies.test',
  SEED_ADMIN_PASSWORD: 'Adm1nPassword',
  SEED_MODERATOR_EMAIL: 'moderator@bodies.test',
  SEED_MODERATOR_PASSWORD: 'Mod3ratorPassword',
  UPLOAD_MAX_FILE_SIZE_MB: '1',
};

const temp = watchTempDir();
let app: TestStrapi;
let adminToken: string;
let moderatorJwt: string;
let png: Buffer;
let baseline: number;

beforeAll(async () => {
  app = await startTestStrapi(ACCOUNTS);
  const login = await app
    .http()
    .post('/admin/login')
    .send({ email: ACCOUNTS.SEED_ADMIN_EMAIL, password: ACCOUNTS.SEED_ADMIN_PASSWORD })
    .expect(200);
  adminToken = bodyOf(login, z.object({ data: z.object({ token: z.string() }) })).data.token;
  const moderator = await app
    .http()
    .post('/api/auth/local')
    .send({ identifier: ACCOUNTS.SEED_MODERATOR_EMAIL, password: ACCOUNTS.SEED_MODERATOR_PASSWORD })
    .expect(200);
  moderatorJwt = bodyOf(moderator, z.object({ jwt: z.string() })).jwt;
  png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c9707d' } })
    .png()
    .toBuffer();
  baseline = temp.count();
});

afterAll(async () => {
  await app.stop();
  temp.restore();
  for (const key of Object.keys(ACCOUNTS)) delete process.env[key];
});

afterEach(() => expect(temp.entries()).toHaveLength(baseline));

const multipart = (path: string) =>
  app
    .http()
    .post(path)
    .field('note', 'a text field')
    .attach('files', Buffer.from('x'.repeat(50_000)), 'files.txt')
    .attach('avatar', Buffer.from('y'.repeat(50_000)), 'other-field.txt');

describe('multipart where no file is taken', () => {
  it.each(['/nothing-here', '/api/comments', '/api/auth/local', '/admin/login', '/api/uploads'])(
    'refuses it on %s with 415 and leaves nothing in the temp folder',
    async (path) => {
      const response = await multipart(path).expect(415);
      expect(response.body).toEqual({
        data: null,
        error: {
          status: 415,
          name: 'UnsupportedMediaTypeError',
          message: containingText('send the body as application/json'),
          details: {},
        },
      });
    },
  );
});

describe('JSON bodies', () => {
  it('answers 413 with what to fix when an API body passes 64 KB', async () => {
    const response = await app
      .http()
      .post('/api/comments')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ data: { body: 'x'.repeat(70_000) } }))
      .expect(413);
    expect(errorOf(response)).toMatchObject({
      status: 413,
      name: 'PayloadTooLargeError',
      message: containingText('64 KB'),
    });
  });

  it('answers 413 for a large body on an unknown route too', async () => {
    await app
      .http()
      .post('/nothing-here')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ padding: 'x'.repeat(70_000) }))
      .expect(413);
  });

  it('lets an editor send a long body to the admin API', async () => {
    const response = await app
      .http()
      .post('/admin/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'nobody@bodies.test', password: 'x'.repeat(500_000) }));
    expect(response.status).not.toBe(413);
    expect(response.status).toBeLessThan(500);
  });

  it('answers 413 past the admin limit of 4 MB', async () => {
    const response = await app
      .http()
      .post('/admin/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'nobody@bodies.test', password: 'x'.repeat(4 * 1024 * 1024) }))
      .expect(413);
    expect(errorOf(response).message).toContain('4 MB');
  });

  it('answers 400 naming the problem for malformed JSON', async () => {
    const response = await app
      .http()
      .post('/api/auth/local')
      .set('Content-Type', 'application/json')
      .send('{"identifier": "a",')
      .expect(400);
    expect(errorOf(response)).toMatchObject({
      status: 400,
      name: 'ValidationError',
      message: containingText('not valid JSON'),
    });
  });
});

describe('uploads', () => {
  it('an admin uploads to the media library, and no temp file stays behind', async () => {
    const response = await app
      .http()
      .post('/upload')
      .set('Authorization', `Bearer ${adminToken}`)
      .field('fileInfo', JSON.stringify({ name: 'dot.png', alternativeText: 'A dot' }))
      .attach('files', png, { filename: 'dot.png', contentType: 'image/png' })
      .expect(201);
    const [file] = bodyOf(response, z.tuple([z.looseObject({ id: z.number() })]));
    expect(file).toMatchObject({ name: 'dot.png', mime: 'image/png' });
    await app
      .http()
      .delete(`/upload/files/${file.id}`)
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200);
  });

  it('refuses an upload past UPLOAD_MAX_FILE_SIZE_MB with 413', async () => {
    const response = await app
      .http()
      .post('/upload')
      .set('Authorization', `Bearer ${adminToken}`)
      .attach('files', Buffer.alloc(1024 * 1024 + 1), { filename: 'big.png', contentType: 'image/png' })
      .expect(413);
    expect(errorOf(response)).toMatchObject({
      name: 'PayloadTooLargeError',
      message: containingText('UPLOAD_MAX_FILE_SIZE_MB'),
    });
  });

  it('refuses an anonymous upload before reading it', async () => {
    const response = await app
      .http()
      .post('/api/upload')
      .attach('files', png, { filename: 'dot.png', contentType: 'image/png' })
      .expect(401);
    expect(errorOf(response).message).toContain('Authorization');
  });

  it('refuses an upload by a signed-in site user (public and moderator roles have no upload permission)', async () => {
    await app
      .http()
      .post('/api/upload')
      .set('Authorization', `Bearer ${moderatorJwt}`)
      .attach('files', png, { filename: 'dot.png', contentType: 'image/png' })
      .expect(403);
  });

  it('removes the temp folder of an upload whose client went away mid-body', async () => {
    const server = app.strapi.server.httpServer;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const boundary = 'skinfacts-aborted';
    const request = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/upload',
      headers: {
        Authorization: `Bearer ${adminToken}`,
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Content-Length': String(500_000),
      },
    });
    request.on('error', () => undefined);
    request.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="half.png"\r\n` +
        `Content-Type: image/png\r\n\r\n${'z'.repeat(100_000)}`,
    );
    // The request's own folder, with the half-written file in it, exists while the body is coming in.
    await temp.until(() => temp.count() > baseline, 'the upload to reach the disk');
    request.destroy();
    await temp.until(() => temp.count() === baseline, 'the aborted upload to be removed');
  });
});

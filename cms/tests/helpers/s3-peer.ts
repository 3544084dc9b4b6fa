import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

export const S3_BUCKET = 'skinfacts-media';

/**
 * A real S3-compatible server (s3rver) on a free loopback port, storing into a temp folder. Objects are read
 * back over plain HTTP, as a browser or the site's image optimizer would.
 */
export async function startS3Peer() {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'skinfacts-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: S3_BUCKET }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    /** The CMS's UPLOAD_S3_* settings for this server (s3rver takes any key; path-style addressing). */
    env: {
      UPLOAD_S3_BUCKET: S3_BUCKET,
      UPLOAD_S3_REGION: 'us-east-1',
      UPLOAD_S3_ENDPOINT: endpoint,
      UPLOAD_S3_ACCESS_KEY_ID: 'S3RVER',
      UPLOAD_S3_SECRET_ACCESS_KEY: 'S3RVER',
      UPLOAD_S3_FORCE_PATH_STYLE: 'true',
    },
    /** Where a browser reads the bucket's objects. */
    bucketUrl: `${endpoint}/${S3_BUCKET}`,
    stop: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

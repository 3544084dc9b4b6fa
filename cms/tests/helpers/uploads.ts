import type { TestStrapi } from './strapi';

export const UPLOAD_FILE = 'plugin::upload.file';

/** The upload plugin's `upload` service as this file calls it (`service()` types its members as `any`). */
type UploadService = { remove(file: unknown): Promise<unknown> };

/** The local provider writes real files into cms/public/uploads: remove the ones a test instance created. */
export async function stopAndClean(instance: TestStrapi | undefined) {
  if (!instance) return;
  const files: unknown[] = await instance.strapi.db.query(UPLOAD_FILE).findMany();
  const uploads = instance.strapi.plugin('upload').service<UploadService>('upload');
  for (const file of files) await uploads.remove(file);
  await instance.stop();
}

import type { TestStrapi } from './strapi';

export const UPLOAD_FILE = 'plugin::upload.file';

/** The local provider writes real files into cms/public/uploads: remove the ones a test instance created. */
export async function stopAndClean(instance: TestStrapi | undefined) {
  if (!instance) return;
  const files: Record<string, unknown>[] = await instance.strapi.db.query(UPLOAD_FILE).findMany();
  for (const file of files) await instance.strapi.plugin('upload').service('upload').remove(file);
  await instance.stop();
}

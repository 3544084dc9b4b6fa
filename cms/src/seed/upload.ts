import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { renderPng } from './cover-image';

const FILE = 'plugin::upload.file';

export type SeedImage = {
  /** File name in the media library; the seed finds an earlier upload by this name. */
  name: string;
  alternativeText: string;
  caption?: string;
  /** Called only when the file is not in the media library yet. */
  svg: () => string;
};

export type StoredImage = { id: number; url: string; created: boolean };

/**
 * Returns the media-library file called `image.name`, uploading a freshly rendered PNG when there is none.
 * Goes through the upload plugin, so the configured provider (local disk, S3, …) and the responsive
 * formats work exactly as for an editor's upload.
 */
export async function ensureImage(strapi: Core.Strapi, image: SeedImage): Promise<StoredImage> {
  const existing = await strapi.db
    .query(FILE)
    .findOne({ where: { name: image.name }, select: ['id', 'url'] });
  if (existing) return { id: existing.id, url: existing.url, created: false };

  const png = await renderPng(image.svg());
  const dir = await mkdtemp(path.join(os.tmpdir(), 'skinfacts-seed-'));
  const filepath = path.join(dir, image.name);
  try {
    await writeFile(filepath, png);
    const [file] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: {
          fileInfo: {
            name: image.name,
            alternativeText: image.alternativeText,
            caption: image.caption ?? null,
          },
        },
        files: { filepath, originalFilename: image.name, mimetype: 'image/png', size: png.length },
      });
    if (!file) throw new Error(`upload of ${image.name} returned no file`);
    return { id: file.id, url: file.url, created: true };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

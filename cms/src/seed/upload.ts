import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { renderPng } from './cover-image';
import { isRecord } from '../utils/is-record';

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

/** The part of the upload plugin's `upload` service the seed calls. */
type UploadService = {
  upload(input: {
    data: { fileInfo: Record<string, unknown> };
    files: Record<string, unknown>;
  }): Promise<unknown[]>;
};

/** A media-library row as `{ id, url }`; throws when it lacks either (the seed cannot link such a file). */
function storedFile(row: unknown, name: string): { id: number; url: string } {
  if (isRecord(row) && typeof row.id === 'number' && typeof row.url === 'string') {
    return { id: row.id, url: row.url };
  }
  throw new Error(`the media-library file ${name} has no numeric id or no url`);
}

/**
 * Returns the media-library file called `image.name`, uploading a freshly rendered PNG when there is none.
 * Goes through the upload plugin, so the configured provider (local disk, S3, …) and the responsive
 * formats work exactly as for an editor's upload.
 */
export async function ensureImage(strapi: Core.Strapi, image: SeedImage): Promise<StoredImage> {
  const existing: unknown = await strapi.db
    .query(FILE)
    .findOne({ where: { name: image.name }, select: ['id', 'url'] });
  if (existing) return { ...storedFile(existing, image.name), created: false };

  const png = await renderPng(image.svg());
  const dir = await mkdtemp(path.join(os.tmpdir(), 'skinfacts-seed-'));
  const filepath = path.join(dir, image.name);
  try {
    await writeFile(filepath, png);
    const [file] = await strapi
      .plugin('upload')
      .service<UploadService>('upload')
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
    return { ...storedFile(file, image.name), created: true };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Points os.tmpdir() (and so every temp file Strapi or formidable makes in this process) at a fresh folder,
 * so a test can count what a request leaves behind. Setting TMPDIR would not do: jest gives the test its own
 * copy of process.env, while node's os module reads the real one.
 */
export function watchTempDir() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'skinfacts-tmpdir-'));
  const tmpdir = jest.spyOn(os, 'tmpdir').mockReturnValue(dir);
  return {
    dir,
    entries: () => readdirSync(dir),
    count: () => readdirSync(dir).length,
    /** Waits until `check` holds (a request handled after its client left finishes on its own time). */
    async until(check: () => boolean, what: string) {
      for (let attempt = 0; attempt < 200; attempt += 1) {
        if (check()) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`gave up waiting: ${what} (temp folder holds ${readdirSync(dir).join(', ')})`);
    },
    restore() {
      tmpdir.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

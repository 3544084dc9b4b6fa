/** `npx tsx scripts/write-compose-configs.ts`: rewrites the edge and CMS proxy configs docker-compose.yml mounts. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COMPOSE_CONFIGS } from './lib/edge/compose-configs';

const root = path.resolve(__dirname, '..');
for (const [file, render] of Object.entries(COMPOSE_CONFIGS)) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), render());
  process.stdout.write(`wrote ${file}\n`);
}

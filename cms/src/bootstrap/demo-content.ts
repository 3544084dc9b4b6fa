import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../env';
import { isContentEmpty, seedDemoContent } from '../seed';

/**
 * `npm start` sets SEED_DEMO_CONTENT=if-empty, so a first start shows a populated site. A database that holds
 * any content is left alone; `npm run seed` adds whatever demo content is missing, whenever it is run.
 */
export async function seedDemoContentIfRequested(strapi: Core.Strapi) {
  if (cmsEnv().SEED_DEMO_CONTENT !== 'if-empty') return;
  if (!(await isContentEmpty(strapi))) {
    strapi.log.info(
      'seed: the database already has content; demo content not added (run `npm run seed` to add it)',
    );
    return;
  }
  await seedDemoContent(strapi, (line) => strapi.log.info(line));
}

/**
 * `npm run seed` (from the repo root or cms/): adds the demo content that is missing, then exits.
 * Safe to run any number of times. Uses the database configured in cms/.env (SQLite by default).
 */
import { seedDemoContent } from '../src/seed';
import { runWithStrapi } from './with-strapi';

runWithStrapi('seed', async (strapi) => {
  await seedDemoContent(strapi, (line) => console.log(line));
});

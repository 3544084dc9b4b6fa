import path from 'node:path';
import { compileStrapi } from '@strapi/strapi';

/** Compiles the TypeScript app into dist/ once (tsc only, no admin build) before any test file starts Strapi. */
export default async function globalSetup() {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  await compileStrapi({ appDir: path.resolve(__dirname, '..', '..'), ignoreDiagnostics: false });
}

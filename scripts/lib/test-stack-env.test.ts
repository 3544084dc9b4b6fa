import path from 'node:path';
import { SHARED_SECRET_KEYS } from './env-defaults';
import { testStackEnv } from './test-stack-env';

const rootDir = path.resolve(__dirname, '../..');
const settings = { cmsPort: 41001, webPort: 41002, databaseFile: '/tmp/x/data.db', webDistDir: '.next-test' };

describe('testStackEnv', () => {
  it('gives the CMS and the site the same fresh value for every secret they share', () => {
    const { cms, web } = testStackEnv(rootDir, settings);
    for (const key of SHARED_SECRET_KEYS) {
      expect(cms[key]).toMatch(/^.{16,}$/);
      expect(web[key]).toBe(cms[key]);
    }
    expect(testStackEnv(rootDir, settings).cms.CMS_PREVIEW_TOKEN).not.toBe(cms.CMS_PREVIEW_TOKEN);
  });

  it('points each app at the other on its own port', () => {
    const { cms, web } = testStackEnv(rootDir, settings);
    expect(cms).toMatchObject({ PORT: '41001', WEB_URL: 'http://127.0.0.1:41002' });
    expect(web).toMatchObject({ CMS_URL: 'http://127.0.0.1:41001', SITE_URL: 'http://127.0.0.1:41002' });
  });
});

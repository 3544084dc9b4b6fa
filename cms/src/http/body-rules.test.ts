import { ADMIN_JSON_LIMIT_BYTES, API_JSON_LIMIT_BYTES, bodyRulesFor, describeBytes } from './body-rules';

const ADMIN_PREFIXES = ['/admin', '/content-manager', '/upload'];
const rulesFor = (path: string) => bodyRulesFor(path, ADMIN_PREFIXES);

describe('bodyRulesFor', () => {
  it.each([
    '/upload',
    '/upload/',
    '/upload/files',
    '/upload/files/3/replace',
    '/api/upload',
    '/admin/project-settings',
  ])('accepts multipart on %s', (path) => expect(rulesFor(path).multipart).toBe(true));

  it.each([
    '/',
    '/nothing-here',
    '/api/comments',
    '/api/auth/local',
    '/api/uploads',
    '/uploader',
    '/admin/login',
    '/admin/project-settings/extra',
    '/content-manager/collection-types/api::article.article',
  ])('refuses multipart on %s', (path) => expect(rulesFor(path).multipart).toBe(false));

  it.each(['/admin', '/admin/login', '/content-manager/x', '/upload/files'])(
    "gives the admin route %s the editors' limit",
    (path) => expect(rulesFor(path).textLimitBytes).toBe(ADMIN_JSON_LIMIT_BYTES),
  );

  it.each(['/api/comments', '/api', '/administrator', '/content-managers', '/nothing-here', '/'])(
    'gives %s the small limit',
    (path) => expect(rulesFor(path).textLimitBytes).toBe(API_JSON_LIMIT_BYTES),
  );

  it('describes limits in words a reader can act on', () => {
    expect(describeBytes(API_JSON_LIMIT_BYTES)).toBe('64 KB');
    expect(describeBytes(ADMIN_JSON_LIMIT_BYTES)).toBe('4 MB');
    expect(describeBytes(10)).toBe('10 bytes');
  });
});

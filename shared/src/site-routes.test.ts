import { contentPath, isPreviewPath } from './site-routes';

describe('contentPath', () => {
  it('puts each kind of content under its own prefix', () => {
    expect(contentPath.article('what-is-microneedling')).toBe('/articles/what-is-microneedling');
    expect(contentPath.treatment('microneedling')).toBe('/treatments/microneedling');
    expect(contentPath.topic('acne-scars')).toBe('/topics/acne-scars');
  });

  it('encodes a slug so it can never leave its segment', () => {
    expect(contentPath.article('a/../../admin')).toBe('/articles/a%2F..%2F..%2Fadmin');
    expect(contentPath.topic('a b?c#d')).toBe('/topics/a%20b%3Fc%23d');
  });
});

describe('isPreviewPath', () => {
  it.each(['/articles/a', '/treatments/micro-needling-2'])('accepts %s', (path) =>
    expect(isPreviewPath(path)).toBe(true),
  );
  it.each(['/articles/', '/articles/A', '/articles/a/b', '/articles/a?x=1', '/articles/a-', ' /articles/a'])(
    'refuses %j',
    (path) => expect(isPreviewPath(path)).toBe(false),
  );
  it.each(['/', '/topics/acne', '/articles/../admin', '/articlesx/a', 'https://other.example/articles/a'])(
    'refuses %j (no page with drafts)',
    (path) => expect(isPreviewPath(path)).toBe(false),
  );
  it('refuses a path longer than 200 characters', () => {
    expect(isPreviewPath(contentPath.article('a'.repeat(190)))).toBe(true);
    expect(isPreviewPath(contentPath.article('a'.repeat(191)))).toBe(false);
  });
});

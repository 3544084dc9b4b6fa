import { mediaUrl } from './media-url';

describe('mediaUrl', () => {
  it('prefixes upload paths with the CMS origin', () => {
    expect(mediaUrl('/uploads/cover.png', 'http://127.0.0.1:1337')).toBe(
      'http://127.0.0.1:1337/uploads/cover.png',
    );
    expect(mediaUrl('/uploads/cover.png', 'https://cms.example/')).toBe(
      'https://cms.example/uploads/cover.png',
    );
  });

  it('keeps absolute URLs from a cloud upload provider', () => {
    expect(mediaUrl('https://cdn.example/a.png', 'http://127.0.0.1:1337')).toBe('https://cdn.example/a.png');
  });
});

import { mediaSchema } from './media';

const upload = {
  id: 7,
  documentId: 'k2v9c8x1m0qz7p4r5s6t3u2w',
  name: 'cover.jpg',
  hash: 'cover_1a2b3c',
  provider: 'local',
  url: '/uploads/cover_1a2b3c.jpg',
  alternativeText: 'A microneedling pen on a tray',
  width: 1600,
  height: 900,
  mime: 'image/jpeg',
  formats: {
    thumbnail: { url: '/uploads/thumbnail_cover.jpg', width: 245, height: 138, size: 7.1 },
  },
};

describe('mediaSchema', () => {
  it('parses a Strapi upload and strips unknown keys', () => {
    const media = mediaSchema.parse(upload);
    expect(media).not.toHaveProperty('hash');
    expect(media).not.toHaveProperty('provider');
    expect(media.formats?.thumbnail).toEqual({
      url: '/uploads/thumbnail_cover.jpg',
      width: 245,
      height: 138,
    });
  });

  it('accepts a non-image file with null dimensions and formats', () => {
    const pdf = { ...upload, mime: 'application/pdf', width: null, height: null, formats: null };
    expect(mediaSchema.safeParse({ ...pdf, alternativeText: null }).success).toBe(true);
  });

  it('requires id, documentId and url', () => {
    expect(mediaSchema.safeParse({ ...upload, url: undefined }).success).toBe(false);
    expect(mediaSchema.safeParse({ ...upload, id: '7' }).success).toBe(false);
    expect(mediaSchema.safeParse({ ...upload, documentId: null }).success).toBe(false);
  });
});

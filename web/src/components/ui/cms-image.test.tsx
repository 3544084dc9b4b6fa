import { render, screen } from '@testing-library/react';
import type { Media } from '@skinfacts/shared';
import { CmsImage } from './cms-image';

const media: Media = {
  id: 1,
  documentId: 'cover1',
  url: '/uploads/cover.jpg',
  alternativeText: 'A microneedling pen',
  width: 1200,
  height: 800,
};

describe('CmsImage', () => {
  it('is a plain img of optimized, sized copies of the absolute upload, loaded lazily', () => {
    render(<CmsImage media={media} sizes="100vw" />);
    const image = screen.getByRole('img', { name: 'A microneedling pen' });
    expect(image.getAttribute('src')).toContain(
      encodeURIComponent('http://127.0.0.1:1337/uploads/cover.jpg'),
    );
    expect(image.getAttribute('srcset')).toMatch(/\/_next\/image\?url=.*&w=\d+&q=\d+ \d+w/);
    expect(image).toHaveAttribute('sizes', '100vw');
    expect(image).toHaveAttribute('width', '1200');
    expect(image).toHaveAttribute('loading', 'lazy');
  });

  it('takes alt text given for it, empty included', () => {
    render(<CmsImage media={media} sizes="100vw" alt="" />);
    expect(screen.getByRole('presentation')).toHaveAttribute('alt', '');
  });

  it('loads the image above the fold first when asked to: eager, high priority, preloaded', () => {
    render(<CmsImage media={media} sizes="100vw" preload />);
    const image = screen.getByRole('img', { name: 'A microneedling pen' });
    expect(image).not.toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute('fetchpriority', 'high');
    const link = document.head.querySelector('link[rel="preload"][as="image"]');
    expect(link?.getAttribute('imagesrcset')).toBe(image.getAttribute('srcset'));
  });
});

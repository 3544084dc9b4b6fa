import { getImageProps } from 'next/image';
import type { BlocksContent } from '@strapi/blocks-react-renderer';

/** How wide a body image is drawn: the prose column from 48rem up, the viewport below. */
const BLOCK_IMAGE_SIZES = '(min-width: 48rem) 44rem, 100vw';

type ImgProps = ReturnType<typeof getImageProps>['props'];

/** What the browser needs to fetch an optimized, right-sized copy of a body image. */
export type BlockImageAttributes = Pick<
  ImgProps,
  'src' | 'srcSet' | 'sizes' | 'width' | 'height' | 'loading' | 'decoding'
>;

/**
 * Optimized <img> attributes (next/image's optimizer, srcset and sizes) for every body image with a known
 * size, by URL. Worked out on the server and handed to the client renderer, so that the article page does
 * not ship next/image's component to the browser.
 */
export function blockImageAttributes(content: BlocksContent): Record<string, BlockImageAttributes> {
  const attributes: Record<string, BlockImageAttributes> = {};
  for (const node of content) {
    if (node.type !== 'image' || !(node.image.width > 0 && node.image.height > 0)) continue;
    const { url, width, height, alternativeText } = node.image;
    const { props } = getImageProps({
      src: url,
      alt: alternativeText ?? '',
      width,
      height,
      sizes: BLOCK_IMAGE_SIZES,
    });
    attributes[url] = {
      src: props.src,
      srcSet: props.srcSet,
      sizes: props.sizes,
      width: props.width,
      height: props.height,
      loading: props.loading,
      decoding: props.decoding,
    };
  }
  return attributes;
}

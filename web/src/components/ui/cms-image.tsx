import type { Media } from '@skinfacts/shared';
import Image from 'next/image';
import { env } from '@/env';
import { mediaUrl } from './media-url';

interface CmsImageProps {
  media: Media;
  /** The `sizes` attribute: how wide the image is drawn at each viewport width. */
  sizes: string;
  /**
   * Alternative text. Defaults to the media's own; pass '' for an image that only decorates
   * something already named next to it.
   */
  alt?: string;
  className?: string;
  /** Load eagerly with high priority (the largest image above the fold). */
  preload?: boolean;
}

const FALLBACK_WIDTH = 1600;
const FALLBACK_HEIGHT = 900;

/** A CMS upload through next/image, with its absolute URL and intrinsic size. Server-only (reads CMS_URL). */
export function CmsImage({ media, sizes, alt, className, preload = false }: CmsImageProps) {
  return (
    <Image
      src={mediaUrl(media.url, env.CMS_URL)}
      alt={alt ?? media.alternativeText ?? ''}
      width={media.width ?? FALLBACK_WIDTH}
      height={media.height ?? FALLBACK_HEIGHT}
      sizes={sizes}
      className={className}
      preload={preload}
    />
  );
}

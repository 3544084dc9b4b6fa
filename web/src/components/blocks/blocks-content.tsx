'use client';

import { BlocksRenderer, type BlocksContent as Content } from '@strapi/blocks-react-renderer';
import Link from 'next/link';
import { createContext, useContext, type ComponentProps, type ReactNode } from 'react';
import type { BlockImageAttributes } from './block-images';
import styles from './rich-text.module.css';

type Blocks = NonNullable<ComponentProps<typeof BlocksRenderer>['blocks']>;
type LinkProps = ComponentProps<NonNullable<Blocks['link']>>;
type ImageProps = ComponentProps<NonNullable<Blocks['image']>>;

/** The server's optimized attributes for the body's images, by URL (block-images.ts). */
const ImageAttributes = createContext<Record<string, BlockImageAttributes>>({});

/** Site paths use client navigation; other targets (already checked safe) open without an opener. */
function BlockLink({ url, children }: LinkProps & { children?: ReactNode }) {
  if (url.startsWith('/') || url.startsWith('#')) return <Link href={url}>{children}</Link>;
  return (
    <a href={url} rel="noopener noreferrer">
      {children}
    </a>
  );
}

function BlockImage({ image }: ImageProps) {
  const optimized = useContext(ImageAttributes)[image.url];
  const alt = image.alternativeText ?? '';
  const picture = optimized ? (
    <img {...optimized} alt={alt} />
  ) : (
    // Without an intrinsic size no space can be reserved or copies sized; a plain lazy image still shows it.
    <img src={image.url} alt={alt} loading="lazy" />
  );
  return (
    <figure className={styles.figure}>
      {picture}
      {image.caption ? <figcaption>{image.caption}</figcaption> : null}
    </figure>
  );
}

const BLOCKS: Partial<Blocks> = { link: BlockLink, image: BlockImage };

interface BlocksContentProps {
  content: Content;
  images: Record<string, BlockImageAttributes>;
}

/** Renders normalized blocks (see normalizeBlocks); a client module because BlocksRenderer is one. */
export function BlocksContent({ content, images }: BlocksContentProps) {
  return (
    <ImageAttributes value={images}>
      <BlocksRenderer content={content} blocks={BLOCKS} />
    </ImageAttributes>
  );
}

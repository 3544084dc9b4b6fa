'use client';

import { BlocksRenderer, type BlocksContent as Content } from '@strapi/blocks-react-renderer';
import Image from 'next/image';
import Link from 'next/link';
import type { ComponentProps, ReactNode } from 'react';
import styles from './rich-text.module.css';

type Blocks = NonNullable<ComponentProps<typeof BlocksRenderer>['blocks']>;
type LinkProps = ComponentProps<NonNullable<Blocks['link']>>;
type ImageProps = ComponentProps<NonNullable<Blocks['image']>>;

const IMAGE_SIZES = '(min-width: 48rem) 44rem, 100vw';

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
  const alt = image.alternativeText ?? '';
  const picture =
    image.width > 0 && image.height > 0 ? (
      <Image src={image.url} alt={alt} width={image.width} height={image.height} sizes={IMAGE_SIZES} />
    ) : (
      // Without an intrinsic size next/image cannot reserve space; a plain lazy image still shows it.
      // eslint-disable-next-line @next/next/no-img-element -- next/image needs the width and height this image lacks
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

/** Renders normalized blocks (see normalizeBlocks); a client module because BlocksRenderer is one. */
export function BlocksContent({ content }: { content: Content }) {
  return <BlocksRenderer content={content} blocks={BLOCKS} />;
}

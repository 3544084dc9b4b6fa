import type { Blocks } from '@skinfacts/shared';
import { mediaUrl } from '@/components/ui/media-url';
import { env } from '@/env';
import { BlocksContent } from './blocks-content';
import { normalizeBlocks, type HeadingLevel } from './normalize-blocks';
import styles from './rich-text.module.css';

interface RichTextProps {
  content: Blocks | null | undefined;
  /** The highest heading level inside: 2 for an article body under the h1, 3 inside an h2 section. */
  minHeadingLevel: HeadingLevel;
  className?: string;
}

/** Strapi rich text, normalized on the server (upload URLs made absolute), or nothing when empty. */
export function RichText({ content, minHeadingLevel, className }: RichTextProps) {
  const blocks = normalizeBlocks(content, {
    minHeadingLevel,
    resolveMediaUrl: (url) => mediaUrl(url, env.CMS_URL),
  });
  if (blocks.length === 0) return null;
  return (
    <div className={[styles.prose, className].filter(Boolean).join(' ')}>
      <BlocksContent content={blocks} />
    </div>
  );
}

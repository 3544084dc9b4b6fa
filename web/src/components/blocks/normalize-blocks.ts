import { isHttpUrl, type Blocks } from '@skinfacts/shared';
import type { BlocksContent } from '@strapi/blocks-react-renderer';

type RootNode = BlocksContent[number];
type HeadingNode = Extract<RootNode, { type: 'heading' }>;
type ListNode = Extract<RootNode, { type: 'list' }>;
type ImageNode = Extract<RootNode, { type: 'image' }>;
type InlineNode = Extract<RootNode, { type: 'paragraph' }>['children'][number];
type TextNode = Extract<InlineNode, { type: 'text' }>;
type LinkNode = Extract<InlineNode, { type: 'link' }>;
export type HeadingLevel = HeadingNode['level'];

export interface NormalizeOptions {
  /** The highest heading the content may use (2 under the page's h1, 3 inside an h2 section). */
  minHeadingLevel: HeadingLevel;
  /** Makes an upload path absolute ("/uploads/a.png" → "https://cms…/uploads/a.png"). */
  resolveMediaUrl?: (url: string) => string;
}

const HEADING_LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4, 5, 6];
const MODIFIERS = ['bold', 'italic', 'underline', 'strikethrough', 'code'] as const;

type Rec = Record<string, unknown>;
const isRecord = (value: unknown): value is Rec => typeof value === 'object' && value !== null;
const childrenOf = (node: Rec): unknown[] => (Array.isArray(node.children) ? node.children : []);

/** A link target that is safe to render: http(s), a site path, a fragment, or mailto. */
export function isSafeHref(url: string): boolean {
  if (isHttpUrl(url)) return true;
  if (/^\/(?![/\\])/.test(url) || /^#[^\s]*$/.test(url)) return !/[\s\p{Cc}]/u.test(url);
  return /^mailto:[^\s@/:]+@[^\s@/:]+$/i.test(url);
}

function textNode(node: Rec): TextNode {
  const text: TextNode = { type: 'text', text: typeof node.text === 'string' ? node.text : '' };
  for (const modifier of MODIFIERS) if (node[modifier] === true) text[modifier] = true;
  return text;
}

/** Text and links; a link with an unsafe target keeps its words and loses the link; unknown nodes go. */
function inlineNodes(children: unknown[]): InlineNode[] {
  return children.flatMap((child): InlineNode[] => {
    if (!isRecord(child)) return [];
    if (child.type === 'text') return [textNode(child)];
    if (child.type !== 'link') return [];
    const texts = inlineNodes(childrenOf(child)).flatMap((node) =>
      node.type === 'text' ? [node] : node.children,
    );
    if (typeof child.url !== 'string' || !isSafeHref(child.url)) return texts;
    const link: LinkNode = { type: 'link', url: child.url, children: texts };
    return [link];
  });
}

function listNode(node: Rec): ListNode {
  const children = childrenOf(node).flatMap((child): ListNode['children'] => {
    if (!isRecord(child)) return [];
    if (child.type === 'list-item') return [{ type: 'list-item', children: inlineNodes(childrenOf(child)) }];
    if (child.type === 'list') return [listNode(child)];
    return [];
  });
  return { type: 'list', format: node.format === 'ordered' ? 'ordered' : 'unordered', children };
}

function imageNode(node: Rec, resolve: (url: string) => string): ImageNode | null {
  const image = node.image;
  if (!isRecord(image) || typeof image.url !== 'string' || image.url.trim() === '') return null;
  const url = resolve(image.url);
  if (!isHttpUrl(url) && !/^\/(?![/\\])/.test(url)) return null;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const size = (value: unknown) => (typeof value === 'number' && value > 0 ? value : 0);
  return {
    type: 'image',
    children: [{ type: 'text', text: '' }],
    // The renderer reads url, alternativeText, caption, width and height; the rest is typing only.
    image: {
      url,
      alternativeText: text(image.alternativeText),
      caption: text(image.caption),
      width: size(image.width),
      height: size(image.height),
      name: text(image.name) ?? '',
      hash: '',
      ext: '',
      mime: text(image.mime) ?? '',
      size: 0,
      provider: '',
      createdAt: '',
      updatedAt: '',
    },
  };
}

function rawLevel(node: Rec): number {
  return typeof node.level === 'number' && Number.isInteger(node.level) ? node.level : 2;
}

function headingLevel(level: number): HeadingLevel {
  return HEADING_LEVELS.find((candidate) => candidate === Math.min(Math.max(level, 1), 6)) ?? 6;
}

/**
 * Strapi blocks made safe for BlocksRenderer: unknown block and inline types are dropped (rendered
 * as nothing), links keep only safe targets, images without a usable url are dropped, and headings
 * are shifted down together so the highest one is at least `minHeadingLevel` (the page keeps one h1
 * and an unbroken outline).
 */
export function normalizeBlocks(blocks: Blocks | null | undefined, options: NormalizeOptions): BlocksContent {
  const content = blocks ?? [];
  const resolve = options.resolveMediaUrl ?? ((url: string) => url);
  const levels = content.filter((block) => block.type === 'heading').map(rawLevel);
  const shift = Math.max(0, options.minHeadingLevel - Math.min(7, ...levels));
  return content.flatMap((block): BlocksContent => {
    switch (block.type) {
      case 'paragraph':
      case 'quote':
      case 'code':
        return [{ type: block.type, children: inlineNodes(block.children) }];
      case 'heading':
        return [
          {
            type: 'heading',
            level: headingLevel(rawLevel(block) + shift),
            children: inlineNodes(block.children),
          },
        ];
      case 'list':
        return [listNode(block)];
      case 'image': {
        const image = imageNode(block, resolve);
        return image ? [image] : [];
      }
      default:
        return [];
    }
  });
}

import { z } from 'zod';

/** Any node inside a block (text, link, list-item, …); the renderer narrows it by `type`. */
export const blockChildSchema = z.looseObject({ type: z.string() });

/** A top-level Strapi rich-text block (paragraph, heading, list, quote, code, image). */
export const blockSchema = z.looseObject({
  type: z.string(),
  children: z.array(blockChildSchema),
});

/** Strapi's "blocks" rich-text field. */
export const blocksSchema = z.array(blockSchema);

export type BlockChild = z.output<typeof blockChildSchema>;
export type Block = z.output<typeof blockSchema>;
export type Blocks = z.output<typeof blocksSchema>;

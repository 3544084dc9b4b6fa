import { z } from 'zod';
import { OWN_COMMENTS_LIMIT } from '@skinfacts/shared';

const documentId = z.string().regex(/^[A-Za-z0-9]{1,64}$/);

/** GET /api/comments on the site. */
export const commentListQuerySchema = z.object({
  article: documentId,
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

/** POST /api/comments/own on the site: the own-comment tokens a browser kept after posting. */
export const ownTokensSchema = z.strictObject({
  items: z.array(z.strictObject({ documentId, token: z.string().min(1).max(100) })).max(OWN_COMMENTS_LIMIT),
});
export type OwnTokenItem = z.output<typeof ownTokensSchema>['items'][number];

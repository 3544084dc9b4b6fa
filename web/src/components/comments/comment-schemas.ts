/**
 * Everything zod the comment section needs in the browser. Loaded on demand (see loadCommentSchemas in
 * comments-api.ts) — when the visitor starts the form, loads more comments or has comments of their own —
 * so an article page does not ship zod to the many readers who never comment.
 */
import { z } from 'zod';
import {
  collectionResponse,
  commentInputSchema,
  ownCommentSchema,
  publicCommentSchema,
} from '@skinfacts/shared';

export { commentInputSchema, fieldErrors } from '@skinfacts/shared';

export const errorBodySchema = z.object({
  error: z.string(),
  fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
});
export const pageSchema = collectionResponse(publicCommentSchema);
export const ownListSchema = z.object({ data: z.array(ownCommentSchema) });
export const postedSchema = z.object({ data: ownCommentSchema, ownToken: z.string().nullable() });

/** A signed-in commenter's form: the account gives the name and email, so only these are checked. */
export const signedInInputSchema = commentInputSchema.pick({
  article: true,
  parent: true,
  body: true,
  notifyMe: true,
});

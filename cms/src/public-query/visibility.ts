import type { Core, UID } from '@strapi/strapi';
import type { ModelInfo, ModelLookup, VisibilityRule } from './guard-relations';
import { COMMENT_UID } from '../api/comment/uid';

export const PUBLISHED_ONLY = { publishedAt: { $notNull: true } } as const;
export const APPROVED_ONLY = { moderationStatus: { $eq: 'approved' } } as const;

/**
 * What the public may see of each type: published documents, and approved comments on published articles.
 * Other types (authors, topics, media) are public whole.
 */
export const publicVisibility: VisibilityRule = (uid, model) => {
  if (uid === COMMENT_UID) return { $and: [APPROVED_ONLY, { article: PUBLISHED_ONLY }] };
  return model.draftAndPublish ? PUBLISHED_ONLY : null;
};

/** Attributes and draft-&-publish of content types and components, as the guard needs them. */
export function strapiModels(strapi: Core.Strapi): ModelLookup {
  return (uid: string): ModelInfo => {
    const model = strapi.getModel(uid as UID.Schema);
    if (!model) return { attributes: {}, draftAndPublish: false };
    const options = (model as { options?: { draftAndPublish?: boolean } }).options;
    return {
      attributes: model.attributes,
      draftAndPublish: options?.draftAndPublish === true,
    };
  };
}

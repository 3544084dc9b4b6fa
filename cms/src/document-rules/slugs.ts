import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { slugify } from '@skinfacts/shared';

type SlugRequest = {
  uid: UID.ContentType;
  data: Record<string, unknown>;
  sourceField: string;
  documentId: string | undefined;
  isCreate: boolean;
};

async function slugTaken(strapi: Core.Strapi, uid: UID.ContentType, slug: string, documentId?: string) {
  const where: Record<string, unknown> = { slug };
  if (documentId) where.documentId = { $ne: documentId };
  return (await strapi.db.query(uid).count({ where })) > 0;
}

/**
 * Fills `data.slug` from the title or name when it is missing, and keeps slugs unique per type
 * (the admin panel does this in the browser; REST and the Document Service do not).
 * A generated slug gets a numeric suffix when taken; a slug the caller chose is refused when taken.
 */
export async function assignSlug(strapi: Core.Strapi, request: SlugRequest) {
  const { uid, data, sourceField, documentId, isCreate } = request;
  const given = typeof data.slug === 'string' ? slugify(data.slug) : '';

  if (given) {
    if (await slugTaken(strapi, uid, given, documentId)) {
      throw new errors.ValidationError(`The slug "${given}" is already used. Choose another one.`, {
        errors: [{ path: ['slug'], message: `The slug "${given}" is already used.` }],
      });
    }
    data.slug = given;
    return;
  }

  const wantsNewSlug = isCreate || data.slug === '' || data.slug === null;
  if (!wantsNewSlug) return;

  const source = data[sourceField];
  // Leave room for a "-12" suffix within the field's 120 characters.
  const base = typeof source === 'string' ? slugify(source).slice(0, 110).replace(/-+$/, '') : '';
  if (!base) return; // a draft without a title yet; required-field validation reports it on publish

  let candidate = base;
  for (let suffix = 2; await slugTaken(strapi, uid, candidate, documentId); suffix += 1) {
    candidate = `${base}-${suffix}`;
  }
  data.slug = candidate;
}

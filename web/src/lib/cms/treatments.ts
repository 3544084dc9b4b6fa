import 'server-only';
import {
  collectionResponse,
  isSlug,
  singleResponse,
  treatmentSchema,
  treatmentSummarySchema,
} from '@skinfacts/shared';
import type { Treatment, TreatmentSummary } from '@skinfacts/shared';
import { CmsError, cmsFetch } from './client';
import { TAGS } from './tags';

const treatmentListSchema = collectionResponse(treatmentSummarySchema);
const treatmentResponse = singleResponse(treatmentSchema);

/** The CMS serves at most 100 per page; a site has a handful of treatments. */
export const MAX_TREATMENTS = 100;

/** Published treatments by name, with the facts a card or fact box needs. */
export async function listTreatments(): Promise<TreatmentSummary[]> {
  const { data } = await cmsFetch('/api/treatments', treatmentListSchema, {
    query: { sort: 'name:asc', 'pagination[page]': 1, 'pagination[pageSize]': MAX_TREATMENTS },
    tags: [TAGS.treatments],
  });
  return data;
}

/**
 * One treatment with every fact its page shows (and the articles about it), or null when there is no
 * such (published) treatment. A malformed slug is answered without asking the CMS. Other failures throw.
 */
export async function getTreatmentBySlug(
  slug: string,
  { draft = false }: { draft?: boolean } = {},
): Promise<Treatment | null> {
  if (!isSlug(slug)) return null;
  try {
    const { data } = await cmsFetch(`/api/treatments/${encodeURIComponent(slug)}`, treatmentResponse, {
      // The page embeds the reviewer (an author) and the articles about the treatment.
      tags: [TAGS.treatment(slug), TAGS.treatments, TAGS.authors, TAGS.articles],
      draft,
    });
    return data;
  } catch (error) {
    if (error instanceof CmsError && error.status === 404) return null;
    throw error;
  }
}

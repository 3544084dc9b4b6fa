import { findDocumentIdBySlug, idFor, report, type SeedContext } from './context';
import { MICRONEEDLING } from './treatment-microneedling';
import type { MedicalReviewSeed, TreatmentSeed } from './types';

const TREATMENT = 'api::treatment.treatment';

export const TREATMENTS: TreatmentSeed[] = [MICRONEEDLING];

/** The medicalReview component with its reviewer slug turned into the author's documentId. */
export function medicalReviewData(context: SeedContext, review: MedicalReviewSeed) {
  return { ...review, reviewer: idFor(context.ids.authors, review.reviewer, 'author') };
}

function treatmentData(context: SeedContext, treatment: TreatmentSeed) {
  return {
    ...treatment,
    aliases: treatment.aliases.map((name) => ({ name })),
    performedBy: treatment.performedBy.map((role) => ({ role })),
    benefits: treatment.benefits.map((benefit) => ({ ...benefit })),
    precautions: treatment.precautions.map((precaution) => ({ ...precaution })),
    medicalReview: medicalReviewData(context, treatment.medicalReview),
  };
}

/** Treatments are created published: the fact boxes and the readiness checker read the published version. */
export async function seedTreatments(context: SeedContext) {
  const { strapi } = context;
  for (const treatment of TREATMENTS) {
    let documentId = await findDocumentIdBySlug(strapi, TREATMENT, treatment.slug);
    const created = !documentId;
    if (!documentId) {
      ({ documentId } = await strapi
        .documents(TREATMENT)
        .create({ data: treatmentData(context, treatment), status: 'published' }));
    }
    context.ids.treatments.set(treatment.slug, documentId);
    const facts = `${treatment.precautions.length} precautions, ${treatment.benefits.length} benefits`;
    report(context, 'treatment', treatment.name, created, facts);
  }
}

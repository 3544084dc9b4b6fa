import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { precautionProblems, rangeProblems } from '@skinfacts/shared';
import { assignSlug } from './slugs';

/** Content types whose slug is made from another field when an editor or API client leaves it out. */
const SLUG_SOURCES: Partial<Record<UID.ContentType, string>> = {
  'api::article.article': 'title',
  'api::treatment.treatment': 'name',
  'api::author.author': 'name',
  'api::topic.topic': 'name',
};

const RANGE_FIELDS = ['downtime', 'resultsOnset'] as const;

type FieldError = { path: string[]; message: string };

/** Facts that a schema.json cannot express: min ≤ max on ranges, positive precaution windows. */
export function treatmentFactProblems(data: Record<string, unknown>): FieldError[] {
  const problems: FieldError[] = [];
  for (const field of RANGE_FIELDS) {
    const range = data[field];
    if (range === undefined || range === null) continue;
    for (const message of rangeProblems(range))
      problems.push({ path: [field], message: `${field}: ${message}` });
  }
  const precautions = data.precautions;
  if (Array.isArray(precautions)) {
    precautions.forEach((precaution: unknown, index) => {
      for (const message of precautionProblems(precaution)) {
        problems.push({
          path: ['precautions', String(index)],
          message: `Precaution ${index + 1}: ${message}`,
        });
      }
    });
  }
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Runs on every write through the Document Service, so the admin panel, REST and the seed all obey the same rules.
 * A thrown ValidationError reaches the admin panel as a readable message.
 */
export function registerDocumentRules(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (context.action !== 'create' && context.action !== 'update') return next();
    const params = context.params as { data?: unknown; documentId?: string };
    if (!isRecord(params.data)) return next();
    const data = params.data;

    if (context.uid === 'api::treatment.treatment') {
      const problems = treatmentFactProblems(data);
      if (problems.length > 0) {
        throw new errors.ValidationError(problems.map((p) => p.message).join('; '), { errors: problems });
      }
    }

    const sourceField = SLUG_SOURCES[context.uid];
    if (sourceField) {
      await assignSlug(strapi, {
        uid: context.uid,
        data,
        sourceField,
        documentId: params.documentId,
        isCreate: context.action === 'create',
      });
    }
    return next();
  });
}

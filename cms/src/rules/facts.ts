import { isHttpUrl, issueMessages, precautionSchema, rangeSchema } from '@skinfacts/shared';
import { isRecord } from '../utils/is-record';

/** A problem in an editor's data, with the path the admin panel uses to show it next to the field. */
export type FieldProblem = { path: string[]; message: string };

type Data = Record<string, unknown>;

const RANGE_FIELDS = ['downtime', 'resultsOnset'] as const;

/**
 * Each zod issue at its own field below `base` (e.g. precautions.0.windowValue, downtime.max): the admin panel
 * shows a message under the input whose path it names, and nowhere for a path that names a whole component.
 */
function schemaProblems(
  schema: typeof precautionSchema | typeof rangeSchema,
  value: unknown,
  base: string[],
  label: string,
): FieldProblem[] {
  const parsed = schema.safeParse(value);
  if (parsed.success) return [];
  const messages = issueMessages(parsed.error);
  return parsed.error.issues.map((issue, index) => ({
    path: [...base, ...issue.path.map(String)],
    message: `${label}: ${messages[index] ?? issue.message}`,
  }));
}

function rangeFieldProblems(data: Data): FieldProblem[] {
  return RANGE_FIELDS.flatMap((field) => {
    const range = data[field];
    if (range === undefined || range === null) return [];
    return schemaProblems(rangeSchema, range, [field], field);
  });
}

function precautionListProblems(precautions: unknown[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Map<string, number>();
  precautions.forEach((precaution, index) => {
    problems.push(
      ...schemaProblems(
        precautionSchema,
        precaution,
        ['precautions', String(index)],
        `Precaution ${index + 1}`,
      ),
    );
    const subject = isRecord(precaution) && typeof precaution.subject === 'string' ? precaution.subject : '';
    const key = subject.trim().toLowerCase();
    if (!key) return;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
    } else {
      problems.push({
        path: ['precautions', String(index), 'subject'],
        message: `Precaution ${index + 1}: "${subject.trim()}" is already listed as precaution ${first + 1}. Merge them into one.`,
      });
    }
  });
  return problems;
}

/** References are a citation text, optionally with a link; a link must be http(s). */
export function referenceProblems(data: Data): FieldProblem[] {
  const references = data.references;
  if (!Array.isArray(references)) return [];
  return references.flatMap((reference: unknown, index): FieldProblem[] => {
    if (!isRecord(reference)) return [];
    const problems: FieldProblem[] = [];
    if (typeof reference.title !== 'string' || reference.title.trim() === '') {
      problems.push({
        path: ['references', String(index), 'title'],
        message: `Reference ${index + 1} needs a citation text.`,
      });
    }
    const url = reference.url;
    if (typeof url === 'string' && url.trim() !== '' && !isHttpUrl(url.trim())) {
      problems.push({
        path: ['references', String(index), 'url'],
        message: `Reference ${index + 1}: the link must start with http:// or https://.`,
      });
    }
    return problems;
  });
}

/** Facts a schema.json cannot express: min ≤ max, positive whole windows, one precaution per subject. */
export function treatmentFactProblems(data: Data): FieldProblem[] {
  const precautions = Array.isArray(data.precautions) ? precautionListProblems(data.precautions) : [];
  return [...rangeFieldProblems(data), ...precautions, ...referenceProblems(data)];
}

/**
 * What a treatment needs before the public may see it: a medical reviewer and at least one reference.
 * Drafts may be incomplete. Articles are not held to this (see README, "Content rules").
 */
export function treatmentPublishProblems(treatment: Data): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const review = treatment.medicalReview;
  const reviewer = isRecord(review) ? review.reviewer : null;
  const hasReviewer = isRecord(reviewer) || typeof reviewer === 'string' || typeof reviewer === 'number';
  if (!hasReviewer) {
    problems.push({
      path: ['medicalReview', 'reviewer'],
      message:
        'A treatment needs a medical reviewer before it can be published. Choose one under "Medical review".',
    });
  }
  const references = Array.isArray(treatment.references) ? treatment.references : [];
  if (references.length === 0) {
    problems.push({
      path: ['references'],
      message:
        'A treatment needs at least one reference before it can be published. Add one under "References".',
    });
  }
  return problems;
}

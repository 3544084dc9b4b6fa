import { z } from 'zod';
import { LIMITS } from './limits';
import { issueMessages } from './problems';
import { TIME_UNITS } from './range';

export const PRECAUTION_KINDS = ['medication', 'activity', 'condition', 'procedure'] as const;
export const PRECAUTION_RELATIONS = ['before', 'after'] as const;
export const PRECAUTION_ADVICE = ['avoid', 'consult', 'not-eligible'] as const;

export type PrecautionKind = (typeof PRECAUTION_KINDS)[number];
export type PrecautionRelation = (typeof PRECAUTION_RELATIONS)[number];
export type PrecautionAdvice = (typeof PRECAUTION_ADVICE)[number];

const oneOf = (field: string, values: readonly string[]) => `${field} must be one of ${values.join(', ')}`;

const windowValueMessage = 'windowValue must be a whole number greater than 0';

/**
 * A machine-readable precaution: "avoid Retinoids for 24 hours before", or "not eligible if
 * Isotretinoin was taken within 6 months before".
 */
export const precautionSchema = z.object({
  subject: z
    .string({ error: 'subject is required' })
    .trim()
    .min(1, { error: 'subject is required' })
    .max(LIMITS.subject, { error: `subject must be at most ${LIMITS.subject} characters` }),
  kind: z.enum(PRECAUTION_KINDS, { error: oneOf('kind', PRECAUTION_KINDS) }),
  relation: z.enum(PRECAUTION_RELATIONS, { error: oneOf('relation', PRECAUTION_RELATIONS) }),
  windowValue: z
    .number({ error: windowValueMessage })
    .int({ error: windowValueMessage })
    .positive({ error: windowValueMessage }),
  windowUnit: z.enum(TIME_UNITS, { error: oneOf('windowUnit', TIME_UNITS) }),
  advice: z.enum(PRECAUTION_ADVICE, { error: oneOf('advice', PRECAUTION_ADVICE) }),
  reason: z
    .string({ error: 'reason must be text' })
    .max(LIMITS.reason, { error: `reason must be at most ${LIMITS.reason} characters` })
    .nullable()
    .optional(),
});

export type Precaution = z.output<typeof precautionSchema>;

/** Readable problems with a precaution value (for CMS validation); [] when it is valid. */
export function precautionProblems(value: unknown): string[] {
  const parsed = precautionSchema.safeParse(value);
  return parsed.success ? [] : issueMessages(parsed.error);
}

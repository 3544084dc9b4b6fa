import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import * as shared from '@skinfacts/shared';
import {
  DEFAULT_REVIEW_INTERVAL_MONTHS,
  LIMITS,
  medicalReviewSchema,
  precautionSchema,
  rangeSchema,
  type LimitName,
} from '@skinfacts/shared';
import { containingAll } from './helpers/responses';

/**
 * The limits in every content type's and component's schema.json must be the numbers and lists `shared/` exports:
 * the site's forms and zod schemas check with those, the CMS stores with these. No unit test can see the two drift
 * apart otherwise, because each side is consistent with itself.
 */

const srcDir = path.resolve(__dirname, '..', 'src');
const LIMIT_KEYS = ['maxLength', 'minLength', 'max', 'min', 'enum'] as const;
type LimitKey = (typeof LIMIT_KEYS)[number];
type Attribute = Partial<Record<LimitKey, unknown>> & { type: string; default?: unknown };
/** A schema.json: its attributes, every key of each kept. */
const schemaFile = z.object({ attributes: z.record(z.string(), z.looseObject({ type: z.string() })) });

/** Every content type (`api::x.x`) and component (`category.name`) with its attributes, read from disk. */
function loadSchemas(): Map<string, Record<string, Attribute>> {
  const schemas = new Map<string, Record<string, Attribute>>();
  const read = (file: string): Record<string, Attribute> =>
    schemaFile.parse(JSON.parse(readFileSync(file, 'utf8'))).attributes;
  for (const api of readdirSync(path.join(srcDir, 'api'))) {
    const typesDir = path.join(srcDir, 'api', api, 'content-types');
    if (!existsSync(typesDir)) continue; // an API of routes alone (moderation, review-report)
    for (const type of readdirSync(typesDir, { withFileTypes: true }).filter((entry) =>
      entry.isDirectory(),
    )) {
      schemas.set(`api::${api}.${type.name}`, read(path.join(typesDir, type.name, 'schema.json')));
    }
  }
  for (const category of readdirSync(path.join(srcDir, 'components'))) {
    for (const file of readdirSync(path.join(srcDir, 'components', category)).filter((f) =>
      f.endsWith('.json'),
    )) {
      schemas.set(
        `${category}.${path.basename(file, '.json')}`,
        read(path.join(srcDir, 'components', category, file)),
      );
    }
  }
  return schemas;
}

/**
 * The lists of strings shared/ exports (MODERATION_STATUSES, PAIN_LEVELS, TIME_UNITS, …), by name: each must be
 * some schema.json `enum`, so a new list in shared/ without its field in the CMS fails below.
 */
const isListOfStrings = (value: unknown): value is readonly string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
/** Lists in shared/ that name things between the apps, not the values of a content-type field. */
const NOT_FIELD_VALUES = new Set([
  'PREVIEWABLE_CONTENT', // the content types with a preview page (the route map)
  'REVALIDATED_DOCUMENT_TYPES', // the kinds of change the revalidation payload reports
]);
const ENUMS: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(shared).flatMap(([name, value]) =>
    /^[A-Z][A-Z_]*$/.test(name) && isListOfStrings(value) && !NOT_FIELD_VALUES.has(name)
      ? [[name, value] as const]
      : [],
  ),
);
type EnumName =
  | 'COMMENTER_PROVIDERS'
  | 'COMMENT_REPORT_REASONS'
  | 'ERASE_COMMENT_MODES'
  | 'MODERATION_STATUSES'
  | 'PAIN_LEVELS'
  | 'PERFORMER_ROLES'
  | 'PRECAUTION_ADVICE'
  | 'PRECAUTION_KINDS'
  | 'PRECAUTION_RELATIONS'
  | 'REDIRECTED_DOCUMENT_TYPES'
  | 'TIME_UNITS';

/** A lower bound a shared zod schema enforces without a named constant (`.positive()`, `.min(0)`). */
type ZodBound = { safeParse: (value: unknown) => { success: boolean } };
type Expected = { maxLength?: LimitName; enum?: EnumName; min?: ZodBound };

/** "<uid>.<attribute>" → the shared constant behind each of its limits. */
const EXPECTED: Record<string, Expected> = {
  'api::article.article.title': { maxLength: 'title' },
  'api::article.article.slug': { maxLength: 'slug' },
  'api::article.article.excerpt': { maxLength: 'excerpt' },
  'api::treatment.treatment.name': { maxLength: 'name' },
  'api::treatment.treatment.slug': { maxLength: 'slug' },
  'api::treatment.treatment.summary': { maxLength: 'summary' },
  'api::treatment.treatment.painLevel': { enum: 'PAIN_LEVELS' },
  'api::author.author.name': { maxLength: 'name' },
  'api::author.author.slug': { maxLength: 'slug' },
  'api::author.author.credentials': { maxLength: 'credentials' },
  'api::author.author.bio': { maxLength: 'bio' },
  'api::topic.topic.name': { maxLength: 'name' },
  'api::topic.topic.slug': { maxLength: 'slug' },
  'api::topic.topic.description': { maxLength: 'description' },
  'api::comment.comment.body': { maxLength: 'commentBody' },
  'api::comment.comment.authorName': { maxLength: 'authorName' },
  'api::comment.comment.authorEmail': { maxLength: 'authorEmail' },
  'api::comment.comment.authorUrl': { maxLength: 'authorUrl' },
  'api::comment.comment.moderationStatus': { enum: 'MODERATION_STATUSES' },
  'api::comment-report.comment-report.reason': { enum: 'COMMENT_REPORT_REASONS' },
  'api::commenter-account.commenter-account.provider': { enum: 'COMMENTER_PROVIDERS' },
  // An account's name and email become its comments' authorName and authorEmail.
  'api::commenter-account.commenter-account.displayName': { maxLength: 'authorName' },
  'api::commenter-account.commenter-account.email': { maxLength: 'authorEmail' },
  'api::comment-report.comment-report.note': { maxLength: 'reportNote' },
  'api::privacy-audit.privacy-audit.commentMode': { enum: 'ERASE_COMMENT_MODES' },
  'shared.citation.title': { maxLength: 'citationTitle' },
  'shared.seo.metaTitle': { maxLength: 'seoTitle' },
  'shared.seo.metaDescription': { maxLength: 'seoDescription' },
  'facts.alias.name': { maxLength: 'name' },
  'facts.benefit.title': { maxLength: 'name' },
  'facts.benefit.description': { maxLength: 'description' },
  'facts.performer.role': { enum: 'PERFORMER_ROLES' },
  'facts.precaution.subject': { maxLength: 'subject' },
  'facts.precaution.kind': { enum: 'PRECAUTION_KINDS' },
  'facts.precaution.relation': { enum: 'PRECAUTION_RELATIONS' },
  'facts.precaution.windowValue': { min: precautionSchema.shape.windowValue },
  'facts.precaution.windowUnit': { enum: 'TIME_UNITS' },
  'facts.precaution.advice': { enum: 'PRECAUTION_ADVICE' },
  'facts.precaution.reason': { maxLength: 'reason' },
  'facts.range.min': { min: rangeSchema.shape.min },
  'facts.range.max': { min: rangeSchema.shape.max },
  'facts.range.unit': { enum: 'TIME_UNITS' },
  'facts.medical-review.reviewIntervalMonths': { min: medicalReviewSchema.shape.reviewIntervalMonths },
  'api::slug-redirect.slug-redirect.contentType': { enum: 'REDIRECTED_DOCUMENT_TYPES' },
  'api::slug-redirect.slug-redirect.fromSlug': { maxLength: 'slug' },
};

/**
 * Limits only the CMS knows, with why. Each "<uid>.<attribute>.<limit>" here must still exist in schema.json,
 * so a stale exception fails too.
 */
const CMS_ONLY: Record<string, string> = {
  'api::comment-setting.comment-setting.blockedAccountComments.enum': 'admin panel setting',
  'api::commenter-account.commenter-account.subject.maxLength': "the provider's id, never typed by a visitor",
  'api::commenter-account.commenter-account.accountKey.maxLength': 'provider + subject, made by the CMS',
  'api::commenter-account.commenter-account.avatarUrl.maxLength':
    "the provider's picture address, kept private",
  'api::commenter-session.commenter-session.tokenHash.maxLength': 'a SHA-256 hex digest',
  // Private comment fields: the CMS writes them itself; no form or public shape carries them.
  'api::comment.comment.moderatedBy.maxLength': 'the moderator email the CMS records',
  'api::comment.comment.ipHash.maxLength': 'a hash the CMS computes',
  'api::comment.comment.userAgent.maxLength': 'truncated by the CMS before it is stored',
  // Admin-only settings and bookkeeping, edited in the admin panel or written by the CMS.
  'api::slug-redirect.slug-redirect.targetDocumentId.maxLength': 'a documentId the CMS writes',
  'api::comment-setting.comment-setting.maxLinks.min': 'admin panel setting',
  'api::comment-setting.comment-setting.maxLinks.max': 'admin panel setting',
  'api::comment-setting.comment-setting.moderationWords.maxLength': 'admin panel setting',
  'api::comment-setting.comment-setting.disallowedWords.maxLength': 'admin panel setting',
  'api::comment-setting.comment-setting.reportThreshold.min': 'admin panel setting',
  'api::comment-setting.comment-setting.reportThreshold.max': 'admin panel setting',
  'api::comment-setting.comment-setting.signalRetentionDays.min': 'admin panel setting',
  'api::comment-setting.comment-setting.signalRetentionDays.max': 'admin panel setting',
  'api::comment-report.comment-report.reporterHash.maxLength': 'a hash the CMS computes',
  'api::comment-report.comment-report.reportKey.maxLength': 'a hash the CMS computes',
  'api::comment-report.comment-report.dismissedBy.maxLength': 'the moderator the CMS records',
  'api::privacy-audit.privacy-audit.action.enum': 'the CMS writes the audit log',
  'api::privacy-audit.privacy-audit.actor.maxLength': 'the CMS writes the audit log',
  'api::privacy-audit.privacy-audit.emailMasked.maxLength': 'the CMS writes the audit log',
  'api::privacy-audit.privacy-audit.emailHash.maxLength': 'a hash the CMS computes',
  'api::form-token-use.form-token-use.nonce.maxLength': 'a nonce the CMS generates',
  'api::outbox-message.outbox-message.kind.maxLength': 'a handler name in the CMS code',
  'api::outbox-message.outbox-message.deliveryStatus.enum': 'the outbox worker writes it',
  'api::outbox-message.outbox-message.attempts.min': 'the outbox worker counts them',
  'api::outbox-message.outbox-message.claimedBy.maxLength': 'an instance id the CMS generates',
  'api::job-lease.job-lease.jobName.maxLength': 'a job name in the CMS code',
  'api::job-lease.job-lease.heldBy.maxLength': 'an instance id the CMS generates',
  // Mail bookkeeping (issue 14), written by src/notifications/ and the admin panel's settings.
  'api::comment-setting.comment-setting.moderatorMails.enum': 'admin panel setting',
  'api::comment-setting.comment-setting.digestEveryMinutes.min': 'admin panel setting',
  'api::comment-setting.comment-setting.digestEveryMinutes.max': 'admin panel setting',
  'api::email-subscription.email-subscription.email.maxLength': 'a commenter address the CMS copies',
  'api::email-subscription.email-subscription.subscriptionStatus.enum': 'the CMS writes it',
  'api::moderator-notice.moderator-notice.commentDocumentId.maxLength': 'a document id the CMS copies',
  // Editor input the site only displays: the admin panel is the one form that writes it.
  'shared.citation.url.maxLength': 'editor input, displayed as is',
  'shared.citation.publisher.maxLength': 'editor input, displayed as is',
  'shared.citation.note.maxLength': 'editor input, displayed as is',
  'shared.citation.year.min': 'editor input, displayed as is',
  'shared.citation.year.max': 'editor input, displayed as is',
  'facts.medical-review.reviewIntervalMonths.max': 'editor input; the site accepts any positive interval',
};

const schemas = loadSchemas();

/** Every limit written in a schema.json, as "<uid>.<attribute>" → { limit: value }. */
function limitsInSchemas(): Map<string, Partial<Record<LimitKey, unknown>>> {
  const found = new Map<string, Partial<Record<LimitKey, unknown>>>();
  for (const [uid, attributes] of schemas) {
    for (const [name, attribute] of Object.entries(attributes)) {
      const limits = Object.fromEntries(
        LIMIT_KEYS.filter((key) => key in attribute).map((k) => [k, attribute[k]]),
      );
      if (Object.keys(limits).length > 0) found.set(`${uid}.${name}`, limits);
    }
  }
  return found;
}

describe('schema.json limits and the shared constants', () => {
  const found = limitsInSchemas();

  it('reads every content type and component', () => {
    expect([...schemas.keys()]).toEqual(
      expect.arrayContaining([
        'api::article.article',
        'api::comment.comment',
        'facts.precaution',
        'shared.seo',
      ]),
    );
  });

  it.each([...found.entries()])('%s matches shared/ (or is a listed CMS-only limit)', (attribute, limits) => {
    const expected = EXPECTED[attribute] ?? {};
    for (const [key, value] of Object.entries(limits) as [LimitKey, unknown][]) {
      if (`${attribute}.${key}` in CMS_ONLY) continue;
      if (key === 'maxLength')
        expect({ [attribute]: value }).toEqual({ [attribute]: LIMITS[expected.maxLength!] });
      else if (key === 'enum')
        expect({ [attribute]: value }).toEqual({ [attribute]: ENUMS[expected.enum ?? ''] });
      else if (key === 'min' && expected.min) {
        const bound = value as number;
        expect({
          [attribute]: [expected.min.safeParse(bound - 1).success, expected.min.safeParse(bound).success],
        }).toEqual({ [attribute]: [false, true] });
      } else throw new Error(`${attribute}: ${key} ${JSON.stringify(value)} has no shared constant`);
    }
  });

  it('has a schema.json limit for every expected one, and every CMS-only limit still exists', () => {
    for (const [attribute, expected] of Object.entries(EXPECTED)) {
      expect({ [attribute]: Object.keys(found.get(attribute) ?? {}) }).toEqual({
        [attribute]: containingAll(Object.keys(expected)),
      });
    }
    for (const exception of Object.keys(CMS_ONLY)) {
      const [key, ...rest] = exception.split('.').reverse();
      const attribute = rest.reverse().join('.');
      expect({ [exception]: found.get(attribute)?.[key as LimitKey] }).not.toEqual({
        [exception]: undefined,
      });
    }
  });

  it('uses every LIMITS entry and every list of strings shared/ exports in some schema.json', () => {
    const usedLimits = new Set(Object.values(EXPECTED).map((expected) => expected.maxLength));
    expect(Object.keys(LIMITS).filter((name) => !usedLimits.has(name as LimitName))).toEqual([]);
    const usedEnums = new Set<string | undefined>(Object.values(EXPECTED).map((expected) => expected.enum));
    expect(Object.keys(ENUMS).length).toBeGreaterThanOrEqual(7);
    expect(Object.keys(ENUMS).filter((name) => !usedEnums.has(name))).toEqual([]);
  });

  it('defaults the review interval to the shared constant', () => {
    const interval = schemas.get('facts.medical-review')?.reviewIntervalMonths;
    expect(interval?.default).toBe(DEFAULT_REVIEW_INTERVAL_MONTHS);
  });
});

import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  referenceProblems,
  treatmentFactProblems,
  treatmentPublishProblems,
  type FieldProblem,
} from '../rules/facts';
import { isRecord } from '../utils/is-record';
import { assignSlug } from './slugs';
import { scheduleProblems, SCHEDULE_FIELDS } from '../rules/schedule';

/** Content types whose slug is made from another field when an editor or API client leaves it out. */
const SLUG_SOURCES: Partial<Record<UID.ContentType, string>> = {
  'api::article.article': 'title',
  'api::treatment.treatment': 'name',
  'api::author.author': 'name',
  'api::topic.topic': 'name',
};

const TREATMENT = 'api::treatment.treatment';

/** Content types an editor can schedule ("publish at", "unpublish at"; src/scheduling/). */
const SCHEDULED: ReadonlySet<UID.ContentType> = new Set(['api::article.article', TREATMENT]);

type Data = Record<string, unknown>;
type WriteParams = { data?: unknown; documentId?: string; status?: string };

/** Refuses the write with every problem listed; the admin panel shows each next to its field. */
function refuse(problems: FieldProblem[]) {
  if (problems.length === 0) return;
  throw new errors.ValidationError(problems.map((problem) => problem.message).join(' '), {
    errors: problems,
  });
}

async function loadTreatmentDraft(strapi: Core.Strapi, documentId: string): Promise<Data> {
  const draft = await strapi.documents(TREATMENT).findOne({
    documentId,
    status: 'draft',
    populate: { medicalReview: { populate: { reviewer: true } }, references: true },
  });
  return isRecord(draft) ? draft : {};
}

/** A treatment goes public (publish, or a write with status=published) only when reviewed and referenced. */
async function checkTreatmentPublication(strapi: Core.Strapi, action: string, params: WriteParams) {
  const data = isRecord(params.data) ? params.data : {};
  if (action === 'publish' && params.documentId) {
    refuse(treatmentPublishProblems(await loadTreatmentDraft(strapi, params.documentId)));
  } else if ((action === 'create' || action === 'update') && params.status === 'published') {
    const stored =
      action === 'update' && params.documentId ? await loadTreatmentDraft(strapi, params.documentId) : {};
    refuse(treatmentPublishProblems({ ...stored, ...data }));
  }
}

/** A write that sets "publish at" or "unpublish at": a time that has passed is refused. */
async function checkSchedule(strapi: Core.Strapi, uid: UID.ContentType, data: Data, documentId?: string) {
  if (!SCHEDULED.has(uid) || !SCHEDULE_FIELDS.some((field) => field in data)) return;
  const stored: unknown = documentId
    ? await strapi.db
        .query(uid)
        .findOne({ where: { documentId, publishedAt: null }, select: [...SCHEDULE_FIELDS] })
    : null;
  refuse(scheduleProblems(data, isRecord(stored) ? stored : {}, new Date()));
}

/**
 * Runs on every write through the Document Service, so the admin panel, REST and the seed all obey the same rules.
 * A thrown ValidationError reaches the admin panel as a readable message.
 */
export function registerDocumentRules(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const params = context.params as WriteParams;
    const isWrite = context.action === 'create' || context.action === 'update';
    const data = isRecord(params.data) ? params.data : null;

    if (context.uid === TREATMENT) {
      if (isWrite && data) refuse(treatmentFactProblems(data));
      await checkTreatmentPublication(strapi, context.action, params);
    } else if (context.uid === 'api::article.article' && isWrite && data) {
      refuse(referenceProblems(data));
    }

    if (isWrite && data) await checkSchedule(strapi, context.uid, data, params.documentId);

    const sourceField = SLUG_SOURCES[context.uid];
    if (sourceField && isWrite && data) {
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

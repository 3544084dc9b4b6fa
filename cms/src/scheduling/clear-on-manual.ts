import type { Core } from '@strapi/strapi';
import { SCHEDULED_TYPES } from './index';

const FIELD_DONE_BY: Partial<Record<string, 'publishAt' | 'unpublishAt'>> = {
  publish: 'publishAt',
  unpublish: 'unpublishAt',
};

/**
 * An editor who publishes by hand before the scheduled time has done what the schedule was for: its
 * "publish at" is cleared on every version, so the scheduler does not publish again later (which would put
 * whatever the draft holds by then on the site unasked). Likewise a manual unpublish clears "unpublish at".
 * The scheduler's own runs clear the field first, so for them this changes nothing.
 */
export function clearScheduleOnManualAction(strapi: Core.Strapi) {
  const scheduled: readonly string[] = SCHEDULED_TYPES;
  strapi.documents.use(async (context, next) => {
    const field = FIELD_DONE_BY[context.action];
    const documentId = (context.params as { documentId?: unknown }).documentId;
    const result = await next();
    if (field && scheduled.includes(context.uid) && typeof documentId === 'string') {
      await strapi.db
        .query(context.uid)
        .updateMany({ where: { documentId, [field]: { $notNull: true } }, data: { [field]: null } });
    }
    return result;
  });
}

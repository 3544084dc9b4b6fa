import { randomBytes } from 'node:crypto';
import { COMMENT_REPORT_UID } from '../../api/comment-report/uid';
import { isRecord } from '../../utils/is-record';
import { subjectComments } from './comments';
import type { ExportedRecord, PrivacyCollector } from './types';

const FIELDS = ['documentId', 'reason', 'note', 'createdAt', 'dismissedAt'];

/**
 * Reports hold no address. Two kinds concern the subject: reports about their comments (reason and note, never
 * who filed them), and reports filed from a connection their comments came from (same IP hash).
 */
export const reportsCollector: PrivacyCollector = {
  section: 'reports',

  async collect(strapi, subject): Promise<ExportedRecord[]> {
    const { documentIds, ipHashes } = await subjectComments(strapi, subject);
    const reports = strapi.db.query(COMMENT_REPORT_UID);
    const populate = { comment: { select: ['documentId'] } };
    const about: unknown[] =
      documentIds.length === 0
        ? []
        : await reports.findMany({
            where: { comment: { documentId: { $in: documentIds } } },
            select: FIELDS,
            populate,
          });
    const filed: unknown[] =
      ipHashes.length === 0
        ? []
        : await reports.findMany({ where: { reporterHash: { $in: ipHashes } }, select: FIELDS, populate });
    return [
      ...about.filter(isRecord).map((row) => ({ kind: 'about-your-comment', ...row })),
      ...filed.filter(isRecord).map((row) => ({ kind: 'filed-from-your-connection', ...row })),
    ];
  },

  /**
   * Runs before the comments collector (which clears the IP hashes this follows). Reports filed from the
   * subject's connections get a random reporter hash (still one distinct visitor each, linked to nobody);
   * reports about comments that are being deleted are deleted with them.
   */
  async erase(strapi, subject, mode) {
    const { documentIds, ipHashes } = await subjectComments(strapi, subject);
    const reports = strapi.db.query(COMMENT_REPORT_UID);
    const filed: unknown[] =
      ipHashes.length === 0
        ? []
        : await reports.findMany({ where: { reporterHash: { $in: ipHashes } }, select: ['id'] });
    for (const row of filed.filter(isRecord)) {
      const unlinked = randomBytes(32).toString('hex');
      await reports.update({ where: { id: row.id }, data: { reporterHash: unlinked, reportKey: unlinked } });
    }
    let deleted = 0;
    if (mode === 'delete' && documentIds.length > 0) {
      const about: unknown[] = await reports.findMany({
        where: { comment: { documentId: { $in: documentIds } } },
        select: ['id'],
      });
      const ids = about.filter(isRecord).map((row) => row.id);
      if (ids.length > 0) deleted = (await reports.deleteMany({ where: { id: { $in: ids } } })).count;
    }
    return { reportsUnlinked: filed.length, reportsDeleted: deleted };
  },
};

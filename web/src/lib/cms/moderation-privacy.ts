import 'server-only';
import {
  dismissedReportsSchema,
  privacyEraseResultSchema,
  privacyExportSchema,
  type PrivacyEraseRequest,
  type PrivacyExportRequest,
} from '@skinfacts/shared';
import { cmsSend as send } from './send';

/** The moderation console's calls about reports and data-subject requests, with the moderator's JWT. */

export async function dismissCommentReports(jwt: string, documentId: string) {
  const path = `/api/moderation/comments/${encodeURIComponent(documentId)}/reports/dismiss`;
  return (await send(path, dismissedReportsSchema, { method: 'POST', jwt })).data;
}

export async function exportPersonalData(jwt: string, request: PrivacyExportRequest) {
  return send('/api/moderation/privacy/export', privacyExportSchema, { method: 'POST', jwt, body: request });
}

export async function erasePersonalData(jwt: string, request: PrivacyEraseRequest) {
  return send('/api/moderation/privacy/erase', privacyEraseResultSchema, {
    method: 'POST',
    jwt,
    body: request,
  });
}

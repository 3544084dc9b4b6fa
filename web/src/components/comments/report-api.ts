import type { CommentReportReason } from '@skinfacts/shared/limits';
import { errorMessageOf, fetchJson } from '@/lib/http/fetch-json';

export type ReportOutcome = { ok: true } | { ok: false; message: string };

/** POST /api/comments/reports: the visitor's report of one comment. Zod-free: only the outcome is read. */
export async function sendReport(
  comment: string,
  reason: CommentReportReason,
  note: string,
): Promise<ReportOutcome> {
  try {
    const { ok, status, body } = await fetchJson('/api/comments/reports', {
      method: 'POST',
      body: JSON.stringify({ comment, reason, note }),
    });
    if (ok) return { ok: true };
    return { ok: false, message: errorMessageOf(body) ?? `The report was not sent (${status}). Try again.` };
  } catch {
    return { ok: false, message: 'We could not reach Skinfacts. Check your connection and try again.' };
  }
}

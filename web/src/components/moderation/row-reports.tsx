'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CommentReportReason } from '@skinfacts/shared/limits';
import type { ModeratedReport } from '@skinfacts/shared';
import styles from './moderation.module.css';
import { dismissReports, moderationKeys } from './queue-api';

const REASON_LABELS: Record<CommentReportReason, string> = {
  spam: 'spam',
  abuse: 'abuse',
  'medical-misinformation': 'medical misinformation',
  other: 'other',
};

/** Visitors' open reports of a comment, with their reasons and notes, and "Dismiss reports". */
export function RowReports({ documentId, reports }: { documentId: string; reports: ModeratedReport[] }) {
  const queryClient = useQueryClient();
  const dismiss = useMutation({
    mutationFn: () => dismissReports(documentId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: moderationKeys.all }),
  });
  if (reports.length === 0) return null;
  return (
    <div className={styles.reports} data-testid="row-reports">
      <p className={styles.reasons}>
        Reported by {reports.length} visitor{reports.length === 1 ? '' : 's'}:
      </p>
      <ul>
        {reports.map((report) => (
          <li key={report.documentId}>
            {REASON_LABELS[report.reason]}
            {report.note ? <> — “{report.note}”</> : null}{' '}
            <time className={styles.meta} dateTime={report.createdAt}>
              ({new Date(report.createdAt).toLocaleString('en-GB')})
            </time>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => dismiss.mutate()} disabled={dismiss.isPending}>
        {dismiss.isPending ? 'Dismissing…' : 'Dismiss reports'}
      </button>
      {dismiss.isError ? (
        <p role="alert" className={styles.error}>
          {dismiss.error instanceof Error ? dismiss.error.message : 'The reports were not dismissed.'}
        </p>
      ) : null}
    </div>
  );
}

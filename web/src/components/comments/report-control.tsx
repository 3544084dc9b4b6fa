'use client';
import { useId, useState, type FormEvent } from 'react';
import { COMMENT_REPORT_REASONS, LIMITS, type CommentReportReason } from '@skinfacts/shared/limits';
import { sendReport } from './report-api';
import styles from './comments.module.css';

const REASON_LABELS: Record<CommentReportReason, string> = {
  spam: 'Spam or advertising',
  abuse: 'Abusive or hateful',
  'medical-misinformation': 'Medical misinformation',
  other: 'Something else',
};

type Props = { commentDocumentId: string; authorName: string };

/** "Report": a button that opens a small form (reason, optional note) and sends it to the site's route. */
export function ReportControl({ commentDocumentId, authorName }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<CommentReportReason | null>(null);
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) return setError('Choose a reason.');
    setError(null);
    setSending(true);
    const outcome = await sendReport(commentDocumentId, reason, note);
    setSending(false);
    if (outcome.ok) {
      setSent(true);
      setOpen(false);
    } else {
      setError(outcome.message);
    }
  }

  if (sent) {
    return (
      <p role="status" className="meta">
        Thank you. A moderator will look at this comment.
      </p>
    );
  }
  const label = `Report the comment by ${authorName}`;
  return (
    <>
      <button
        type="button"
        className={styles.linkButton}
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? `${id}-form` : undefined}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        Report
      </button>
      {open ? (
        // submit() reports every failure in the form itself.
        <form
          id={`${id}-form`}
          className={styles.reportForm}
          aria-label={label}
          onSubmit={(event) => void submit(event)}
          noValidate
        >
          <fieldset>
            <legend>Why should a moderator look at this comment?</legend>
            {COMMENT_REPORT_REASONS.map((value) => (
              <label key={value} className={styles.reportReason}>
                <input
                  type="radio"
                  name={`${id}-reason`}
                  value={value}
                  checked={reason === value}
                  onChange={() => setReason(value)}
                />{' '}
                {REASON_LABELS[value]}
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${id}-note`}>Note (optional)</label>
          <textarea
            id={`${id}-note`}
            value={note}
            maxLength={LIMITS.reportNote}
            rows={2}
            onChange={(event) => setNote(event.target.value)}
          />
          {error ? <p role="alert">{error}</p> : null}
          <button type="submit" disabled={sending}>
            {sending ? 'Sending…' : 'Send report'}
          </button>{' '}
          <button type="button" className={styles.linkButton} onClick={() => setOpen(false)}>
            Cancel
          </button>
        </form>
      ) : null}
    </>
  );
}

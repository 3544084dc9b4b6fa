import type { ModerationStatus } from '@skinfacts/shared';
import type { Screening } from './comment-screening';

/** A form sent sooner than this after it was shown was filled in by a program. */
export const MIN_FILL_MS = 3_000;

/** What the CMS knows about a visitor's new comment when it picks the comment's status. */
export type SubmissionSignals = {
  /** The hidden field that people never see was filled in. */
  honeypotFilled: boolean;
  /** Time between the form being shown (its form token) and sent. */
  elapsedMs: number;
  /** What the comment's text says (comment-screening.ts). */
  screening: Screening;
  /** The site's "auto-approve an email with an earlier approved comment" setting. */
  autoApprove: boolean;
};

/** The statuses a new comment can get: never rejected, which only a moderator decides. */
export type SubmittedStatus = Exclude<ModerationStatus, 'rejected'>;

export type StatusDecision = {
  moderationStatus: Extract<SubmittedStatus, 'pending' | 'spam'>;
  /**
   * A clean comment with auto-approve on: approved instead when its author's email already has an approved
   * comment (the caller looks that up only in this case).
   */
  approveIfKnownAuthor: boolean;
  /** Every reason, for the moderation queue (`spamSignals.reasons`). */
  reasons: string[];
};

/**
 * Pending unless a rule says otherwise: a filled honeypot, a form sent too fast or a disallowed word files
 * the comment as spam; a clean comment may be auto-approved for a known author; anything held stays pending.
 */
export function decideCommentStatus(signals: SubmissionSignals): StatusDecision {
  const { honeypotFilled, elapsedMs, screening, autoApprove } = signals;
  const tooFast = elapsedMs < MIN_FILL_MS;
  const reasons: string[] = [];
  if (honeypotFilled) reasons.push('honeypot filled in');
  if (tooFast) reasons.push(`form sent ${elapsedMs} ms after it was shown`);
  reasons.push(...screening.reasons);

  if (honeypotFilled || tooFast || screening.verdict === 'spam') {
    return { moderationStatus: 'spam', approveIfKnownAuthor: false, reasons };
  }
  return {
    moderationStatus: 'pending',
    approveIfKnownAuthor: screening.verdict === 'clean' && autoApprove,
    reasons,
  };
}

/**
 * Why moderators are told about a new comment, or null when they are not: every pending comment is held (with
 * its screening reasons, or because new comments wait for a moderator), and spam only when its text tripped a
 * rule — not a bot's filled honeypot or instant form, which nobody needs to read.
 */
export function holdReason(
  status: SubmittedStatus,
  signals: SubmissionSignals,
  reasons: string[],
): string | null {
  if (status === 'pending') {
    return reasons.length > 0 ? reasons.join('; ') : 'new comments wait for a moderator';
  }
  if (status !== 'spam') return null;
  const bot = signals.honeypotFilled || signals.elapsedMs < MIN_FILL_MS;
  if (bot || signals.screening.verdict !== 'spam') return null;
  return `filed as spam: ${signals.screening.reasons.join('; ')}`;
}

import type { Screening } from './comment-screening';
import { decideCommentStatus, holdReason, MIN_FILL_MS, type SubmissionSignals } from './comment-status';

const clean: Screening = { verdict: 'clean', reasons: [] };
const held: Screening = { verdict: 'hold', reasons: ['mentions a dose'] };
const disallowed: Screening = { verdict: 'spam', reasons: ['disallowed word "casino"'] };

const signals = (overrides: Partial<SubmissionSignals> = {}): SubmissionSignals => ({
  honeypotFilled: false,
  elapsedMs: 10_000,
  screening: clean,
  autoApprove: false,
  ...overrides,
});

describe('decideCommentStatus', () => {
  it('keeps a clean comment pending when auto-approve is off', () => {
    expect(decideCommentStatus(signals())).toEqual({
      moderationStatus: 'pending',
      approveIfKnownAuthor: false,
      reasons: [],
    });
  });

  it('lets a clean comment be approved for a known author when auto-approve is on', () => {
    expect(decideCommentStatus(signals({ autoApprove: true }))).toEqual({
      moderationStatus: 'pending',
      approveIfKnownAuthor: true,
      reasons: [],
    });
  });

  it('holds a comment the screening holds, auto-approve or not, with its reasons', () => {
    for (const autoApprove of [false, true]) {
      expect(decideCommentStatus(signals({ screening: held, autoApprove }))).toEqual({
        moderationStatus: 'pending',
        approveIfKnownAuthor: false,
        reasons: ['mentions a dose'],
      });
    }
  });

  it('files a comment with a disallowed word as spam, never auto-approved', () => {
    expect(decideCommentStatus(signals({ screening: disallowed, autoApprove: true }))).toEqual({
      moderationStatus: 'spam',
      approveIfKnownAuthor: false,
      reasons: ['disallowed word "casino"'],
    });
  });

  it('files a filled honeypot as spam, even when the text is clean and auto-approve is on', () => {
    expect(decideCommentStatus(signals({ honeypotFilled: true, autoApprove: true }))).toEqual({
      moderationStatus: 'spam',
      approveIfKnownAuthor: false,
      reasons: ['honeypot filled in'],
    });
  });

  it('files a form sent faster than a person fills it as spam; at the limit it is a person', () => {
    expect(decideCommentStatus(signals({ elapsedMs: MIN_FILL_MS - 1 }))).toEqual({
      moderationStatus: 'spam',
      approveIfKnownAuthor: false,
      reasons: [`form sent ${MIN_FILL_MS - 1} ms after it was shown`],
    });
    expect(decideCommentStatus(signals({ elapsedMs: MIN_FILL_MS })).moderationStatus).toBe('pending');
  });

  it('lists every reason: honeypot, timing, then the screening’s', () => {
    const decision = decideCommentStatus(signals({ honeypotFilled: true, elapsedMs: 800, screening: held }));
    expect(decision.moderationStatus).toBe('spam');
    expect(decision.reasons).toEqual([
      'honeypot filled in',
      'form sent 800 ms after it was shown',
      'mentions a dose',
    ]);
  });
});

describe('holdReason: what moderators are mailed about', () => {
  const clean = { verdict: 'clean' as const, reasons: [] };
  const base = { honeypotFilled: false, elapsedMs: 10_000, screening: clean, autoApprove: false };

  it('every pending comment, with its reasons or the default one', () => {
    expect(holdReason('pending', base, [])).toBe('new comments wait for a moderator');
    expect(holdReason('pending', base, ['3 links (more than 2)'])).toBe('3 links (more than 2)');
  });

  it('spam only when its text tripped a rule, never a bot signal, never an approved comment', () => {
    const worded = { ...base, screening: { verdict: 'spam' as const, reasons: ['disallowed word "x"'] } };
    expect(holdReason('spam', worded, ['disallowed word "x"'])).toBe('filed as spam: disallowed word "x"');
    expect(holdReason('spam', { ...worded, honeypotFilled: true }, [])).toBeNull();
    expect(holdReason('spam', { ...worded, elapsedMs: 500 }, [])).toBeNull();
    expect(holdReason('approved', base, [])).toBeNull();
  });
});

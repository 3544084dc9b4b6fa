import { commentReportInputSchema } from './comment-report';
import { privacyEraseRequestSchema, privacyExportRequestSchema } from './privacy';

describe('commentReportInputSchema', () => {
  it('takes a comment, one of the four reasons and an optional note (empty = none)', () => {
    expect(commentReportInputSchema.parse({ comment: 'abc1', reason: 'medical-misinformation' })).toEqual({
      comment: 'abc1',
      reason: 'medical-misinformation',
    });
    expect(
      commentReportInputSchema.parse({ comment: 'abc1', reason: 'other', note: '  ' }).note,
    ).toBeUndefined();
    expect(commentReportInputSchema.parse({ comment: 'abc1', reason: 'spam', note: ' hi ' }).note).toBe('hi');
  });

  it('refuses other reasons, long notes, bad ids and any other field', () => {
    const bad = [
      { comment: 'abc1', reason: 'boring' },
      { comment: 'abc1', reason: 'spam', note: 'x'.repeat(501) },
      { comment: '../x', reason: 'spam' },
      { comment: 'abc1', reason: 'spam', reporterHash: 'x' },
      { reason: 'spam' },
    ];
    for (const input of bad) expect(commentReportInputSchema.safeParse(input).success).toBe(false);
  });
});

describe('privacy requests', () => {
  it('need a valid address; erasure needs a comment mode; nothing else is accepted', () => {
    expect(privacyExportRequestSchema.parse({ email: ' Pat@Example.org ' })).toEqual({
      email: 'Pat@Example.org',
    });
    expect(privacyExportRequestSchema.safeParse({ email: 'nope' }).success).toBe(false);
    expect(privacyExportRequestSchema.safeParse({ email: 'a@b.org', all: true }).success).toBe(false);
    expect(privacyEraseRequestSchema.parse({ email: 'a@b.org', comments: 'delete' }).comments).toBe('delete');
    expect(privacyEraseRequestSchema.safeParse({ email: 'a@b.org' }).success).toBe(false);
    expect(privacyEraseRequestSchema.safeParse({ email: 'a@b.org', comments: 'shred' }).success).toBe(false);
  });
});

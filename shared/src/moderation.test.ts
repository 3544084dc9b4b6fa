import {
  bulkModerationSchema,
  moderationDecisionSchema,
  moderationQueueQuerySchema,
  moderatorReplySchema,
} from './moderation';

describe('moderationQueueQuerySchema', () => {
  it('defaults to the first page of pending comments, 25 at a time', () => {
    expect(moderationQueueQuerySchema.parse({})).toEqual({ status: 'pending', page: 1, pageSize: 25 });
  });

  it('reads query-string numbers and refuses unknown statuses and huge pages', () => {
    expect(moderationQueueQuerySchema.parse({ status: 'spam', page: '3', pageSize: '10' })).toEqual({
      status: 'spam',
      page: 3,
      pageSize: 10,
    });
    expect(moderationQueueQuerySchema.safeParse({ status: 'published' }).success).toBe(false);
    expect(moderationQueueQuerySchema.safeParse({ pageSize: '101' }).success).toBe(false);
    expect(moderationQueueQuerySchema.safeParse({ page: '0' }).success).toBe(false);
  });
});

describe('decisions', () => {
  it('accepts the four statuses and nothing else, with no extra keys', () => {
    for (const moderationStatus of ['pending', 'approved', 'rejected', 'spam']) {
      expect(moderationDecisionSchema.parse({ moderationStatus })).toEqual({ moderationStatus });
    }
    expect(moderationDecisionSchema.safeParse({ moderationStatus: 'deleted' }).success).toBe(false);
    expect(moderationDecisionSchema.safeParse({ moderationStatus: 'approved', body: 'x' }).success).toBe(
      false,
    );
  });

  it('takes 1 to 100 document ids in bulk', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `id${i}`);
    expect(bulkModerationSchema.safeParse({ documentIds: ids(100), moderationStatus: 'spam' }).success).toBe(
      true,
    );
    expect(bulkModerationSchema.safeParse({ documentIds: ids(101), moderationStatus: 'spam' }).success).toBe(
      false,
    );
    expect(bulkModerationSchema.safeParse({ documentIds: [], moderationStatus: 'spam' }).success).toBe(false);
    expect(bulkModerationSchema.safeParse({ documentIds: ['../x'], moderationStatus: 'spam' }).success).toBe(
      false,
    );
  });
});

describe('moderatorReplySchema', () => {
  it('trims the body and refuses an empty or too long one', () => {
    expect(moderatorReplySchema.parse({ body: '  Thanks!  ' })).toEqual({ body: 'Thanks!' });
    expect(moderatorReplySchema.safeParse({ body: '   ' }).success).toBe(false);
    expect(moderatorReplySchema.safeParse({ body: 'x'.repeat(5001) }).success).toBe(false);
  });
});

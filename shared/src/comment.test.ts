import {
  commentFormTokenQuerySchema,
  commentInputSchema,
  commentSubmissionSchema,
  ownCommentSchema,
  ownCommentsQuerySchema,
  publicCommentSchema,
} from './comment';
import { OWN_COMMENTS_LIMIT } from './limits';
import { LIMITS } from './limits';
import { fieldErrors } from './problems';

const valid = {
  article: 'ar10p9o8i7u6y5t4r3e2w1q0',
  authorName: '  Sam  ',
  authorEmail: ' sam@example.com ',
  body: '  Did it hurt?  ',
};

function errorsFor(input: unknown): Record<string, string[]> {
  const result = commentInputSchema.safeParse(input);
  if (result.success) throw new Error('expected the input to be rejected');
  return fieldErrors(result.error);
}

describe('commentInputSchema: accepted input', () => {
  it('trims text fields', () => {
    expect(commentInputSchema.parse(valid)).toEqual({
      article: valid.article,
      authorName: 'Sam',
      authorEmail: 'sam@example.com',
      body: 'Did it hurt?',
    });
  });

  it('treats an empty website as absent and keeps an http(s) one', () => {
    expect(commentInputSchema.parse({ ...valid, authorUrl: '' }).authorUrl).toBeUndefined();
    expect(commentInputSchema.parse({ ...valid, authorUrl: '   ' }).authorUrl).toBeUndefined();
    expect(commentInputSchema.parse({ ...valid, authorUrl: 'https://sam.example' }).authorUrl).toBe(
      'https://sam.example',
    );
  });

  it('accepts a reply with a parent and a top-level comment with parent null', () => {
    expect(commentInputSchema.parse({ ...valid, parent: 'c0mment1d' }).parent).toBe('c0mment1d');
    expect(commentInputSchema.parse({ ...valid, parent: null }).parent).toBeNull();
  });

  it('accepts text at the exact limits', () => {
    const input = {
      ...valid,
      authorName: 'n'.repeat(LIMITS.authorName),
      body: 'b'.repeat(LIMITS.commentBody),
    };
    expect(commentInputSchema.safeParse(input).success).toBe(true);
  });
});

describe('commentInputSchema: rejected input', () => {
  it.each([
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'data:text/html,x',
    '//evil.example',
    'evil.example',
  ])('rejects the website %j', (authorUrl) => {
    expect(errorsFor({ ...valid, authorUrl })).toEqual({
      authorUrl: ['Website must be a link starting with http:// or https://'],
    });
  });

  it('rejects an oversize website', () => {
    const authorUrl = `https://example.com/${'a'.repeat(LIMITS.authorUrl)}`;
    expect(errorsFor({ ...valid, authorUrl }).authorUrl).toEqual(['Website must be at most 200 characters']);
  });

  it('rejects an empty or oversize body', () => {
    const message = ['Please write a comment (up to 5000 characters)'];
    expect(errorsFor({ ...valid, body: '   ' }).body).toEqual(message);
    expect(errorsFor({ ...valid, body: 'x'.repeat(LIMITS.commentBody + 1) }).body).toEqual(message);
  });

  it('rejects a blank or oversize name', () => {
    const message = ['Please enter your name (up to 100 characters)'];
    expect(errorsFor({ ...valid, authorName: ' ' }).authorName).toEqual(message);
    expect(errorsFor({ ...valid, authorName: 'n'.repeat(101) }).authorName).toEqual(message);
  });

  it.each(['not-an-email', 'a@', '', `${'a'.repeat(250)}@example.com`])(
    'rejects the email %j',
    (authorEmail) => {
      expect(errorsFor({ ...valid, authorEmail }).authorEmail?.[0]).toMatch(/valid email/);
    },
  );

  it('rejects unknown keys and names them', () => {
    const errors = errorsFor({ ...valid, moderationStatus: 'approved', ipHash: 'x' });
    expect(errors).toEqual({ _: ['Unknown field(s): moderationStatus, ipHash'] });
  });

  it('rejects a missing or malformed article id', () => {
    expect(errorsFor({ ...valid, article: '' }).article).toEqual(['article must be a document id']);
    expect(errorsFor({ ...valid, article: { $ne: null } }).article).toEqual([
      'article must be a document id',
    ]);
    expect(errorsFor({ ...valid, parent: '../../admin' }).parent).toEqual(['parent must be a document id']);
  });

  it('reports every missing field of an empty object', () => {
    expect(Object.keys(errorsFor({})).sort()).toEqual(['article', 'authorEmail', 'authorName', 'body']);
  });

  it('reports a non-object under _', () => {
    expect(Object.keys(errorsFor('hello'))).toEqual(['_']);
  });
});

describe('publicCommentSchema', () => {
  const stored = {
    id: 1,
    documentId: 'c1',
    body: 'Nice article',
    authorName: 'Sam',
    authorUrl: 'https://sam.example',
    createdAt: '2025-05-01T08:00:00.000Z',
    authorEmail: 'sam@example.com',
    moderationStatus: 'approved',
    ipHash: 'abc',
  };

  it('keeps only public fields', () => {
    expect(publicCommentSchema.parse(stored)).toEqual({
      id: 1,
      documentId: 'c1',
      body: 'Nice article',
      authorName: 'Sam',
      authorUrl: 'https://sam.example',
      createdAt: '2025-05-01T08:00:00.000Z',
      staffReply: false,
      avatarId: null,
    });
  });

  it('carries an avatar id, and nothing that is not one (never an address)', () => {
    expect(publicCommentSchema.parse({ ...stored, avatarId: 'account1' }).avatarId).toBe('account1');
    expect(
      publicCommentSchema.safeParse({ ...stored, avatarId: 'https://pictures.example/a.png' }).success,
    ).toBe(false);
  });

  it('marks a moderator reply as staff', () => {
    expect(publicCommentSchema.parse({ ...stored, staffReply: true }).staffReply).toBe(true);
    expect(publicCommentSchema.parse({ ...stored, staffReply: null }).staffReply).toBe(false);
  });

  it('drops a stored website that is not a safe link', () => {
    expect(publicCommentSchema.parse({ ...stored, authorUrl: 'javascript:alert(1)' }).authorUrl).toBeNull();
  });

  it('parses a reply parent', () => {
    expect(publicCommentSchema.parse({ ...stored, parent: { documentId: 'c0' } }).parent).toEqual({
      documentId: 'c0',
    });
  });
});

describe('commentSubmissionSchema', () => {
  const input = {
    article: 'abc123',
    authorName: 'Ada',
    authorEmail: 'ada@example.org',
    body: 'Hello',
  };

  it('adds the form token and the honeypot to the visitor input', () => {
    const parsed = commentSubmissionSchema.parse({ ...input, formToken: '1.sig', honeypot: '' });
    expect(parsed).toMatchObject({ formToken: '1.sig', honeypot: '' });
  });

  it('requires the form token and still refuses unknown keys', () => {
    expect(commentSubmissionSchema.safeParse(input).success).toBe(false);
    const withStatus = commentSubmissionSchema.safeParse({
      ...input,
      formToken: 't',
      moderationStatus: 'approved',
    });
    expect(withStatus.success).toBe(false);
  });
});

describe('commentFormTokenQuerySchema', () => {
  it('takes the article a form is for, and nothing else', () => {
    expect(commentFormTokenQuerySchema.parse({ article: 'abc123' })).toEqual({ article: 'abc123' });
  });

  it.each([
    ['no article', {}, 'article', /\?article=/],
    ['a malformed article', { article: '../x' }, 'article', /document id/],
    ['two articles', { article: ['a1', 'b2'] }, 'article', /\?article=/],
    ['another parameter', { article: 'abc123', status: 'draft' }, '', /Unknown parameter\(s\): status/],
  ])('refuses %s, naming the parameter', (_, query, path, message) => {
    const parsed = commentFormTokenQuerySchema.safeParse(query);
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    expect(issue?.path.join('.')).toBe(path);
    expect(issue?.message).toMatch(message);
  });
});

describe('ownCommentsQuerySchema', () => {
  it('takes 1 to OWN_COMMENTS_LIMIT document ids and nothing else', () => {
    expect(ownCommentsQuerySchema.parse({ documentIds: ['abc1'] })).toEqual({ documentIds: ['abc1'] });
    expect(ownCommentsQuerySchema.safeParse({ documentIds: [] }).success).toBe(false);
    const tooMany = Array.from({ length: OWN_COMMENTS_LIMIT + 1 }, (_, index) => `c${index}`);
    expect(ownCommentsQuerySchema.safeParse({ documentIds: tooMany }).success).toBe(false);
    expect(ownCommentsQuerySchema.safeParse({ documentIds: ['a/b'] }).success).toBe(false);
    expect(ownCommentsQuerySchema.safeParse({ documentIds: ['abc1'], all: true }).success).toBe(false);
  });
});

describe('ownCommentSchema', () => {
  const own = {
    id: 3,
    documentId: 'c3',
    body: 'Mine',
    authorName: 'Ada',
    authorUrl: null,
    createdAt: '2025-05-01T08:00:00.000Z',
    moderationStatus: 'pending',
  };

  it('carries the status the visitor may see', () => {
    expect(ownCommentSchema.parse(own)).toMatchObject({ documentId: 'c3', moderationStatus: 'pending' });
  });

  it('never admits to spam', () => {
    expect(ownCommentSchema.safeParse({ ...own, moderationStatus: 'spam' }).success).toBe(false);
  });
});

describe('commentInputSchema: the email opt-in', () => {
  it('is absent unless ticked, and only true or false', () => {
    expect(commentInputSchema.parse(valid)).not.toHaveProperty('notifyMe');
    expect(commentInputSchema.parse({ ...valid, notifyMe: true }).notifyMe).toBe(true);
    expect(errorsFor({ ...valid, notifyMe: 'yes' })).toEqual({
      notifyMe: ['notifyMe must be true or false'],
    });
  });
});

import { emailLinkPageQuerySchema, emailLinkRequestSchema } from './email-links';

const token = `${'eyJwIjoidW5zdWJzY3JpYmUifQ'}.${'a'.repeat(43)}`;

describe('email link requests', () => {
  it('accept a token of the signed shape and nothing else', () => {
    expect(emailLinkRequestSchema.parse({ token })).toEqual({ token });
    expect(emailLinkRequestSchema.safeParse({ token, email: 'x@example.com' }).success).toBe(false);
    expect(emailLinkRequestSchema.safeParse({}).success).toBe(false);
  });

  it.each(['', 'abc', `${token}x`, `a+b.${'a'.repeat(43)}`, `${'a'.repeat(601)}.${'a'.repeat(43)}`])(
    'refuse the token %j',
    (bad) => {
      expect(emailLinkRequestSchema.safeParse({ token: bad }).success).toBe(false);
    },
  );

  it('pages take ?token= and ?done=1 only', () => {
    expect(emailLinkPageQuerySchema.parse({ token, done: '1' })).toEqual({ token, done: '1' });
    expect(emailLinkPageQuerySchema.safeParse({ token, email: 'x' }).success).toBe(false);
    expect(emailLinkPageQuerySchema.safeParse({ done: '2' }).success).toBe(false);
  });
});

import { passwordResetRequestSchema, passwordResetSchema } from './moderator-password';
import { fieldErrors } from './problems';

const reset = (overrides: Record<string, unknown> = {}) => ({
  code: 'abc123',
  password: 'a long passphrase',
  passwordConfirmation: 'a long passphrase',
  ...overrides,
});

describe('passwordResetRequestSchema', () => {
  it('takes one email address and nothing else', () => {
    expect(passwordResetRequestSchema.parse({ email: 'mod@example.com' })).toEqual({
      email: 'mod@example.com',
    });
    expect(passwordResetRequestSchema.safeParse({ email: 'mod@example.com', role: 'x' }).success).toBe(false);
    const result = passwordResetRequestSchema.safeParse({ email: 'not an address' });
    expect(result.success || fieldErrors(result.error)).toEqual({
      email: ['Enter the email address of your account.'],
    });
  });
});

describe('passwordResetSchema', () => {
  it('accepts a code and a password typed twice', () => {
    expect(passwordResetSchema.parse(reset())).toEqual(reset());
  });

  it.each([
    [{ password: 'short', passwordConfirmation: 'short' }, 'password', 'Use at least 12 characters.'],
    [{ passwordConfirmation: 'another passphrase' }, 'passwordConfirmation', 'The two passwords differ.'],
    [{ code: '' }, 'code', 'The link has no reset code.'],
    [{ password: 'é'.repeat(40), passwordConfirmation: 'é'.repeat(40) }, 'password', 'at most 72 bytes'],
  ])('refuses %j, saying what to fix', (overrides, field, message) => {
    const result = passwordResetSchema.safeParse(reset(overrides));
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrors(result.error)[field]?.join(' ')).toContain(message);
  });

  it('takes 72 one-byte characters', () => {
    const password = 'a'.repeat(72);
    expect(passwordResetSchema.safeParse(reset({ password, passwordConfirmation: password })).success).toBe(
      true,
    );
  });
});

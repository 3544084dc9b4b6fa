import { z } from 'zod';
import { MODERATOR_PASSWORD } from './limits';

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** POST /api/moderation/password/forgot on the site. */
export const passwordResetRequestSchema = z.strictObject({
  email: z.email('Enter the email address of your account.').max(254, 'That address is too long.'),
});

/** POST /api/moderation/password/reset on the site: the code from the emailed link and the new password twice. */
export const passwordResetSchema = z
  .strictObject({
    code: z.string().min(1, 'The link has no reset code. Ask for a new link.').max(512),
    password: z
      .string()
      .min(MODERATOR_PASSWORD.minLength, `Use at least ${MODERATOR_PASSWORD.minLength} characters.`)
      .refine((password) => byteLength(password) <= MODERATOR_PASSWORD.maxBytes, {
        message: `Use at most ${MODERATOR_PASSWORD.maxBytes} bytes (fewer letters when they carry accents or emoji).`,
      }),
    passwordConfirmation: z.string(),
  })
  .refine((input) => input.password === input.passwordConfirmation, {
    path: ['passwordConfirmation'],
    message: 'The two passwords differ. Type the same password twice.',
  });

export type PasswordReset = z.output<typeof passwordResetSchema>;

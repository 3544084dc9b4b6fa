'use client';
import { LIMITS } from '@skinfacts/shared/limits';
import { CommentField } from './comment-field';
import styles from './comments.module.css';

export type CommentFormValues = {
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  body: string;
  remember: boolean;
  /** "Email me when my comment is published and when someone replies": unticked unless the visitor ticks it. */
  notifyMe: boolean;
  /** Hidden from people; a bot that fills it in is filed as spam. */
  honeypot: string;
};

export const EMPTY_VALUES: CommentFormValues = {
  authorName: '',
  authorEmail: '',
  authorUrl: '',
  body: '',
  remember: false,
  notifyMe: false,
  honeypot: '',
};

type FieldsProps = {
  values: CommentFormValues;
  onChange: (update: (current: CommentFormValues) => CommentFormValues) => void;
  errors: Record<string, string[]>;
  /** A signed-in commenter's name comes from their account: no name, email, website or "remember me". */
  signedIn?: boolean;
};

/** The form's controls; each shows its own first error. */
export function CommentFormFields({ values, onChange, errors, signedIn = false }: FieldsProps) {
  const set = (field: keyof CommentFormValues) => (value: string | boolean) =>
    onChange((current) => ({ ...current, [field]: value }));
  const errorOf = (field: string) => errors[field]?.[0];
  const text = (field: 'authorName' | 'authorEmail' | 'authorUrl', describedBy: string | undefined) => ({
    id: `comment-${field}`,
    name: field,
    value: values[field],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => set(field)(event.target.value),
    'aria-invalid': errorOf(field) ? true : undefined,
    'aria-describedby': describedBy,
  });

  return (
    <>
      {signedIn ? null : (
        <>
          <div className={styles.fieldRow}>
            <CommentField id="comment-authorName" label="Name" error={errorOf('authorName')}>
              {(describedBy) => (
                <input
                  {...text('authorName', describedBy)}
                  autoComplete="name"
                  maxLength={LIMITS.authorName}
                  required
                />
              )}
            </CommentField>
            <CommentField
              id="comment-authorEmail"
              label="Email"
              hint="Never published."
              error={errorOf('authorEmail')}
            >
              {(describedBy) => (
                <input {...text('authorEmail', describedBy)} type="email" autoComplete="email" required />
              )}
            </CommentField>
          </div>
          <CommentField id="comment-authorUrl" label="Website (optional)" error={errorOf('authorUrl')}>
            {(describedBy) => (
              <input
                {...text('authorUrl', describedBy)}
                type="url"
                autoComplete="url"
                maxLength={LIMITS.authorUrl}
              />
            )}
          </CommentField>
        </>
      )}
      <CommentField
        id="comment-body"
        label="Comment"
        hint={`Plain text; links are shown as links. Up to ${LIMITS.commentBody.toLocaleString('en-GB')} characters.`}
        error={errorOf('body') ?? errorOf('parent') ?? errorOf('formToken')}
      >
        {(describedBy) => (
          <textarea
            id="comment-body"
            name="body"
            rows={6}
            value={values.body}
            onChange={(event) => set('body')(event.target.value)}
            aria-invalid={errorOf('body') ? true : undefined}
            aria-describedby={describedBy}
            required
          />
        )}
      </CommentField>
      <div className={styles.honeypot} aria-hidden="true">
        <label htmlFor="comment-homepage">Leave this field empty</label>
        <input
          id="comment-homepage"
          name="homepage"
          tabIndex={-1}
          autoComplete="off"
          value={values.honeypot}
          onChange={(event) => set('honeypot')(event.target.value)}
        />
      </div>
      {signedIn ? null : (
        <label className={styles.checkbox}>
          <input
            type="checkbox"
            checked={values.remember}
            onChange={(event) => set('remember')(event.target.checked)}
          />
          Remember my name, email and website in this browser (a cookie) for my next comment.
        </label>
      )}
      <label className={styles.checkbox}>
        <input
          type="checkbox"
          name="notifyMe"
          checked={values.notifyMe}
          onChange={(event) => set('notifyMe')(event.target.checked)}
        />
        Email me when my comment is published and when someone replies. (We first send a link to confirm your
        address; every mail has a link to stop them.)
      </label>
    </>
  );
}

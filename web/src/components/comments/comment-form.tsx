'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import type { OwnComment } from '@skinfacts/shared';
import { rememberOwn } from '@/lib/comments/own-comments-store';
import { forgetCookie, rememberCookie } from '@/lib/comments/remember-me';
import { CommentFormFields, EMPTY_VALUES, type CommentFormValues } from './comment-form-fields';
import {
  CommentRequestError,
  commentKeys,
  formTicketQuery,
  loadCommentSchemas,
  postComment,
} from './comments-api';
import styles from './comments.module.css';
import { useRememberedCommenter } from './use-remembered-commenter';
import { CommenterSignIn } from './commenter-sign-in';
import { commenterSessionKey, commenterSessionQuery, saveDraft, takeDraft } from './commenter-session-api';

export type ReplyTarget = { documentId: string; authorName: string };

type CommentFormProps = {
  article: string;
  replyTo: ReplyTarget | null;
  onCancelReply: () => void;
  /** Called with the stored comment after a successful post. */
  onPosted: (comment: OwnComment) => void;
};

type Problem = { message: string; fields: Record<string, string[]> };

const CMS_UNAVAILABLE =
  'We could not reach the comment service. Your comment is still in the form — please try again in a moment.';
/**
 * A form token works once and expires after a day. When the CMS refuses the token, the form gets a fresh one and
 * asks the visitor to send again rather than resending by itself: "already used" usually means an earlier send
 * of this very comment got through, and the visitor should see that before anything is sent twice.
 */
const FORM_REFRESHED =
  'This form had expired or was already used to send a comment, so we have prepared a fresh one. Your comment is still here — send it again if it is not shown above.';

/** Why a form could not be prepared: the CMS's refusal (e.g. comments closed on this article), else "unreachable". */
const ticketProblem = (error: unknown) =>
  error instanceof CommentRequestError && error.status >= 400 && error.status < 500
    ? error.message
    : CMS_UNAVAILABLE;

/** The comment form: checked with the shared schema before sending; the visitor's input survives every error. */
export function CommentForm({ article, replyTo, onCancelReply, onPosted }: CommentFormProps) {
  const queryClient = useQueryClient();
  const ticket = useQuery(formTicketQuery(article));
  // Until the visitor edits the form, it shows what this browser remembered of them (if anything).
  const remembered = useRememberedCommenter();
  // Back from a provider: what the visitor had typed before leaving is put back (read once, after load).
  const draft = useQuery({
    queryKey: [{ scope: 'comment-draft', article }],
    queryFn: () => takeDraft(article) ?? '',
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  }).data;
  const remembering: CommentFormValues = remembered
    ? { ...EMPTY_VALUES, ...remembered, remember: true }
    : EMPTY_VALUES;
  const prefilled = draft ? { ...remembering, body: draft } : remembering;
  const [edited, setEdited] = useState<CommentFormValues | null>(null);
  const values = edited ?? prefilled;
  const setValues = (update: (current: CommentFormValues) => CommentFormValues) =>
    setEdited((current) => update(current ?? prefilled));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [thanks, setThanks] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const session = useQuery(commenterSessionQuery);
  const account = session.data?.account ?? null;
  const refreshSession = () => void queryClient.invalidateQueries({ queryKey: commenterSessionKey });

  // Drops the spent token at once, so a send before the new one arrives waits for it instead of reusing the old.
  const freshTicket = () => void queryClient.resetQueries({ queryKey: commentKeys.formTicket(article) });

  const mutation = useMutation({
    mutationFn: postComment,
    onSuccess: ({ data, ownToken }) => {
      if (ownToken)
        rememberOwn(window.localStorage, { documentId: data.documentId, token: ownToken, article });
      if (!account)
        document.cookie = values.remember
          ? rememberCookie({
              authorName: values.authorName,
              authorEmail: values.authorEmail,
              authorUrl: values.authorUrl,
            })
          : forgetCookie();
      setValues((current) => ({ ...current, body: '', notifyMe: false }));
      setProblem(null);
      setThanks(
        data.moderationStatus === 'approved'
          ? 'Thank you — your comment is published.'
          : 'Thank you — your comment is awaiting moderation. Only you can see it until a moderator approves it.',
      );
      freshTicket();
      onPosted(data);
    },
    onError: (error) => {
      const refused = error instanceof CommentRequestError ? error : null;
      if (refused?.status === 401) refreshSession();
      if (refused?.fieldErrors.formToken) {
        freshTicket();
        setProblem({ message: FORM_REFRESHED, fields: {} });
        return;
      }
      setProblem({
        message: refused?.message ?? 'Your comment was not sent. Please try again.',
        fields: refused?.fieldErrors ?? {},
      });
    },
  });

  const focusFirstProblem = (fields: Record<string, string[]>) => {
    const first = Object.keys(fields)[0];
    const control = first ? formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`) : null;
    (control ?? formRef.current?.querySelector<HTMLElement>('[role="alert"]'))?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setThanks(null);
    const schemas = await loadCommentSchemas().catch(() => null);
    if (!schemas) {
      setProblem({ message: CMS_UNAVAILABLE, fields: {} });
      return;
    }
    const { commentInputSchema, signedInInputSchema, fieldErrors } = schemas;
    const common = {
      article,
      parent: replyTo?.documentId ?? null,
      body: values.body,
      ...(values.notifyMe ? { notifyMe: true } : {}),
    };
    const parsed = account
      ? signedInInputSchema.safeParse(common)
      : commentInputSchema.safeParse({
          ...common,
          authorName: values.authorName,
          authorEmail: values.authorEmail,
          authorUrl: values.authorUrl,
        });
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      setProblem({
        message: 'Your comment has a few problems. Fix the fields marked and send it again.',
        fields,
      });
      requestAnimationFrame(() => focusFirstProblem(fields));
      return;
    }
    // The token normally arrived when the form was shown or after the last comment; if not, ask once more now.
    const retried = ticket.data ? null : await ticket.refetch();
    const formTicket = ticket.data ?? retried?.data;
    if (!formTicket) {
      setProblem({ message: ticketProblem(retried?.error), fields: {} });
      return;
    }
    mutation.mutate({ ...parsed.data, honeypot: values.honeypot, formToken: formTicket.formToken });
  };

  if (ticket.data && !ticket.data.commentsOpen) {
    return (
      <p className="notice">Comments are closed on Skinfacts for now. Existing comments stay visible.</p>
    );
  }

  return (
    <form
      ref={formRef}
      id="leave-a-comment"
      className={styles.form}
      // submit() shows every failure in the form (the mutation's own errors go to onError).
      onSubmit={(event) => void submit(event)}
      // Starting to write fetches the validation code, so it is there by the time the visitor sends.
      onFocus={() => void loadCommentSchemas().catch(() => undefined)}
      noValidate
      aria-labelledby="comment-form-heading"
    >
      <h3 id="comment-form-heading">{replyTo ? `Reply to ${replyTo.authorName}` : 'Leave a comment'}</h3>
      {replyTo ? (
        <p className={styles.replying}>
          Replying to <strong>{replyTo.authorName}</strong>.{' '}
          <button type="button" className={styles.linkButton} onClick={onCancelReply}>
            Cancel reply
          </button>
        </p>
      ) : null}
      <p className={styles.advice}>
        Comments are not medical advice. For questions about your own skin, talk to a dermatologist or the
        practitioner who treats you. Comments are moderated and appear once approved.
      </p>
      {problem ? (
        <div role="alert" tabIndex={-1} className={styles.formError}>
          {problem.message}
        </div>
      ) : null}
      {session.data ? (
        <CommenterSignIn
          session={session.data}
          onLeave={() => saveDraft(article, values.body)}
          onChanged={refreshSession}
        />
      ) : null}
      <CommentFormFields
        values={values}
        onChange={setValues}
        errors={problem?.fields ?? {}}
        signedIn={account !== null}
      />
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? 'Sending…' : replyTo ? 'Post reply' : 'Post comment'}
      </button>
      <p role="status" className={styles.thanks}>
        {thanks}
      </p>
    </form>
  );
}

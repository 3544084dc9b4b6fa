'use client';
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { firstIssueMessage } from '@skinfacts/shared/problems';
import { loadModerationSchemas, moderationKeys, reply } from './queue-api';

/** A staff reply: approved at once by the CMS (a pending comment replied to is approved with it). */
export function ReplyForm({ documentId, onDone }: { documentId: string; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (body: string) => reply(documentId, body),
    onSuccess: () => {
      setText('');
      onDone();
      return queryClient.invalidateQueries({ queryKey: moderationKeys.all });
    },
    onError: (failure) => setError(failure instanceof Error ? failure.message : 'The reply was not sent.'),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const schemas = await loadModerationSchemas().catch(() => null);
    if (!schemas) return setError('The site could not be reached. Try again.');
    const parsed = schemas.moderatorReplySchema.safeParse({ body: text });
    if (!parsed.success) return setError(firstIssueMessage(parsed.error, 'Invalid reply'));
    setError(null);
    mutation.mutate(parsed.data.body);
  }

  const id = `reply-${documentId}`;
  return (
    // submit() reports every failure in the form itself: nothing is left for the returned promise to carry.
    <form onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={id}>Your reply (published at once, marked as staff)</label>
      <textarea id={id} value={text} onChange={(event) => setText(event.target.value)} rows={3} />
      {error ? <p role="alert">{error}</p> : null}
      <button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? 'Sending…' : 'Send reply'}
      </button>
    </form>
  );
}

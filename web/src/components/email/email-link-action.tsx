'use client';
import { useState } from 'react';
import { EMAIL_LINK_ENDPOINTS, type EmailLinkAction } from '@skinfacts/shared/site-routes';
import { errorMessageOf, fetchJson } from '@/lib/http/fetch-json';

type Props = { action: EmailLinkAction; token: string; button: string; done: string };

type State = { kind: 'ready' } | { kind: 'sending' } | { kind: 'done' } | { kind: 'failed'; message: string };

/**
 * The button of a mail link's page: it sends the signed token (never on page load, so a mail scanner that
 * opens links confirms or stops nothing) and says what happened.
 */
export function EmailLinkActionButton({ action, token, button, done }: Props) {
  const [state, setState] = useState<State>({ kind: 'ready' });

  async function send() {
    setState({ kind: 'sending' });
    try {
      const answer = await fetchJson(EMAIL_LINK_ENDPOINTS[action], {
        method: 'POST',
        body: JSON.stringify({ token }),
      });
      if (answer.ok) setState({ kind: 'done' });
      else {
        const message = errorMessageOf(answer.body) ?? 'That did not work. Please try again.';
        setState({ kind: 'failed', message });
      }
    } catch {
      setState({ kind: 'failed', message: 'The site could not be reached. Please try again.' });
    }
  }

  if (state.kind === 'done') return <p role="status">{done}</p>;
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={state.kind === 'sending'}
        onClick={() => void send()}
      >
        {state.kind === 'sending' ? 'One moment…' : button}
      </button>
      {state.kind === 'failed' ? <p role="alert">{state.message}</p> : null}
    </>
  );
}

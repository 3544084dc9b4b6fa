import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { z } from 'zod';
import { requestUrl, sentJson } from '@/test/fetch-stub';
import { CommentForm } from './comment-form';

const ARTICLE = 'article1';
const TICKET_URL = `/api/comments/form-token?article=${ARTICLE}`;
const stored = {
  id: 9,
  documentId: 'mine1',
  body: 'My question',
  authorName: 'Ada',
  authorUrl: null,
  createdAt: '2026-01-02T10:00:00.000Z',
  moderationStatus: 'pending',
};
const USED = 'This comment form was already used to send a comment. Reload the page to comment again.';

type Answer = { status: number; body: unknown };
/** The part of a posted comment these tests read. */
const sentCommentSchema = z.object({ formToken: z.string() });
let ticketsIssued: number;
let ticketAnswer: Answer | null;
let postAnswers: Answer[];
let sentTokens: string[];

const jsonResponse = ({ status, body }: Answer) =>
  ({ ok: status < 400, status, json: () => Promise.resolve(body) }) as Response;

beforeEach(() => {
  ticketsIssued = 0;
  ticketAnswer = null;
  postAnswers = [];
  sentTokens = [];
  global.fetch = jest.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = requestUrl(input);
    if (url === TICKET_URL) {
      if (ticketAnswer) return Promise.resolve(jsonResponse(ticketAnswer));
      ticketsIssued += 1;
      return Promise.resolve(
        jsonResponse({ status: 200, body: { formToken: `token-${ticketsIssued}`, commentsOpen: true } }),
      );
    }
    if (url === '/api/comments' && init?.method === 'POST') {
      sentTokens.push(sentCommentSchema.parse(sentJson(init)).formToken);
      return Promise.resolve(
        jsonResponse(postAnswers.shift() ?? { status: 201, body: { data: stored, ownToken: 'own-1' } }),
      );
    }
    return Promise.resolve(jsonResponse({ status: 404, body: { error: 'not stubbed' } }));
  }) as typeof fetch;
});

function renderForm() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <CommentForm
        article={ARTICLE}
        replyTo={null}
        onCancelReply={() => undefined}
        onPosted={() => undefined}
      />
    </QueryClientProvider>,
  );
}

async function writeAndSend(body: string) {
  fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Ada' } });
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ada@example.org' } });
  fireEvent.change(screen.getByLabelText('Comment'), { target: { value: body } });
  await act(() => Promise.resolve(fireEvent.click(screen.getByRole('button', { name: 'Post comment' }))));
}

describe('the comment form’s token (one per comment, for its article)', () => {
  it('asks for a token for its article, and for a fresh one after each comment', async () => {
    renderForm();
    await waitFor(() => expect(ticketsIssued).toBe(1));
    await writeAndSend('First question');
    await screen.findByText(/awaiting moderation/);
    await waitFor(() => expect(ticketsIssued).toBe(2));
    await writeAndSend('Second question');
    await waitFor(() => expect(sentTokens).toEqual(['token-1', 'token-2']));
  });

  it('on a refused token, gets a fresh one and asks the visitor to send again, keeping the text', async () => {
    postAnswers = [{ status: 409, body: { error: USED, fieldErrors: { formToken: [USED] } } }];
    renderForm();
    await waitFor(() => expect(ticketsIssued).toBe(1));
    await writeAndSend('A careful question');
    expect(await screen.findByRole('alert')).toHaveTextContent(/prepared a fresh one.*send it again/);
    await waitFor(() => expect(ticketsIssued).toBe(2));
    expect(sentTokens).toEqual(['token-1']);
    expect(screen.getByLabelText('Comment')).toHaveValue('A careful question');
    expect(screen.getByLabelText('Comment')).not.toHaveAttribute('aria-invalid', 'true');

    await writeAndSend('A careful question');
    await screen.findByText(/awaiting moderation/);
    expect(sentTokens).toEqual(['token-1', 'token-2']);
  });

  it('says why when no token can be had for the article', async () => {
    ticketAnswer = { status: 403, body: { error: 'Comments are closed on this article.' } };
    renderForm();
    await writeAndSend('A question');
    expect(await screen.findByRole('alert')).toHaveTextContent('Comments are closed on this article.');
    expect(sentTokens).toEqual([]);
  });
});

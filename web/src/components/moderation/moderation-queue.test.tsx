import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { requestUrl, sentJson } from '@/test/fetch-stub';
import { moderatedComment } from '@/test/moderated-comment';
import { ModerationQueue } from './moderation-queue';

jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh: jest.fn() }) }));

const comment = (documentId: string, authorName: string) =>
  moderatedComment(documentId, {
    authorName,
    authorUrl: 'https://example.com',
    body: `<b>Body of ${documentId}</b>`,
    holdReasons: ['links'],
  });

const queue = {
  data: [comment('c1', 'Sam K.'), comment('c2', 'Alex P.')],
  meta: {
    counts: { pending: 2, approved: 5, rejected: 0, spam: 1 },
    pagination: { page: 1, pageSize: 25, pageCount: 1, total: 2 },
  },
};

type Call = { url: string; method: string; body: unknown };
let calls: Call[];
/** How a write answers: resolved by the test, so the optimistic state can be seen first. */
let answerWrite: (status: number) => void;

function jsonResponse(status: number, body: unknown) {
  return { ok: status < 400, status, json: () => Promise.resolve(body) } as Response;
}

beforeEach(() => {
  calls = [];
  global.fetch = jest.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = requestUrl(input);
    const method = init?.method ?? 'GET';
    calls.push({ url, method, body: sentJson(init) });
    if (method === 'GET') return Promise.resolve(jsonResponse(200, queue));
    return new Promise<Response>((resolve) => {
      answerWrite = (status) =>
        resolve(
          jsonResponse(
            status,
            status < 400
              ? { data: { ...queue.data[0], moderationStatus: 'approved' } }
              : { error: 'CMS down.' },
          ),
        );
    });
  }) as typeof fetch;
});

function renderQueue() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  return render(
    <QueryClientProvider client={client}>
      <ModerationQueue />
    </QueryClientProvider>,
  );
}

const rows = () => screen.queryAllByTestId('moderation-row');
const writes = () => calls.filter((call) => call.method !== 'GET');

it('shows counts per tab, author details, hold reasons and the body as plain text', async () => {
  renderQueue();
  await waitFor(() => expect(rows()).toHaveLength(2));
  expect(screen.getByRole('tab', { name: /Pending \(2\)/ })).toHaveAttribute('aria-selected', 'true');
  expect(screen.getByRole('tab', { name: /Approved \(5\)/ })).toBeInTheDocument();
  expect(screen.getByText('<b>Body of c1</b>')).toBeInTheDocument();
  expect(screen.getAllByText(/Held because: links/)).toHaveLength(2);
  expect(screen.getAllByRole('link', { name: 'Microneedling at home' })[0]).toHaveAttribute(
    'href',
    '/articles/microneedling-at-home',
  );
});

it('removes an approved comment at once and puts it back when the CMS fails', async () => {
  renderQueue();
  await waitFor(() => expect(rows()).toHaveLength(2));
  const first = rows()[0]!;
  fireEvent.click(within(first).getByRole('button', { name: /Approve/ }));

  await waitFor(() => expect(rows()).toHaveLength(1));
  expect(screen.queryByText('Sam K.')).toBeNull();
  expect(screen.getByRole('tab', { name: /Pending \(1\)/ })).toBeInTheDocument();
  await waitFor(() =>
    expect(writes()).toEqual([
      { url: '/api/moderation/comments/c1', method: 'PATCH', body: { moderationStatus: 'approved' } },
    ]),
  );

  await act(() => Promise.resolve(answerWrite(502)));
  await waitFor(() => expect(screen.getByText('Sam K.')).toBeInTheDocument());
  expect(screen.getByRole('alert')).toHaveTextContent('CMS down.');
});

it('approves, rejects and marks spam with a / r / s on the focused row', async () => {
  renderQueue();
  await waitFor(() => expect(rows()).toHaveLength(2));
  const second = rows()[1]!;
  second.focus();
  fireEvent.keyDown(second, { key: 's' });
  await waitFor(() =>
    expect(writes()).toEqual([
      { url: '/api/moderation/comments/c2', method: 'PATCH', body: { moderationStatus: 'spam' } },
    ]),
  );
  await act(() => Promise.resolve(answerWrite(200)));

  const first = rows()[0]!;
  fireEvent.keyDown(first, { key: 'x' });
  fireEvent.keyDown(first, { key: 'a', ctrlKey: true });
  fireEvent.keyDown(first, { key: 'r' });
  await waitFor(() => expect(writes()).toHaveLength(2));
  expect(writes()[1]).toMatchObject({ body: { moderationStatus: 'rejected' } });
});

it('ignores shortcuts typed into the reply form', async () => {
  renderQueue();
  await waitFor(() => expect(rows()).toHaveLength(2));
  fireEvent.click(within(rows()[0]!).getByRole('button', { name: 'Reply' }));
  const textarea = screen.getByLabelText(/Your reply/);
  fireEvent.keyDown(textarea, { key: 'a' });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(writes()).toEqual([]);
});

it('selects every comment on the page and decides them in one bulk request', async () => {
  renderQueue();
  await waitFor(() => expect(rows()).toHaveLength(2));
  fireEvent.click(screen.getByLabelText(/Select all on this page/));
  fireEvent.click(screen.getByRole('button', { name: 'Approve selected (2)' }));
  await waitFor(() => expect(rows()).toHaveLength(0));
  await waitFor(() =>
    expect(writes()).toEqual([
      {
        url: '/api/moderation/comments/bulk',
        method: 'POST',
        body: { documentIds: ['c1', 'c2'], moderationStatus: 'approved' },
      },
    ]),
  );
});

import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { requestUrl, sentJson } from '@/test/fetch-stub';
import { moderatedComment as comment } from '@/test/moderated-comment';
import { ModerationQueue } from './moderation-queue';
import { ProviderLabelsProvider } from './provider-labels';

jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh: jest.fn() }) }));

const account = {
  documentId: 'acc1',
  provider: 'oidc' as const,
  displayName: 'Ada Lovelace',
  blocked: false,
};
const meta = {
  counts: { pending: 2, approved: 0, rejected: 0, spam: 0 },
  pagination: { page: 1, pageSize: 25, pageCount: 1, total: 2 },
};

// jsdom lays nothing out, so it has no scrollIntoView: record the calls instead.
const scrolled = jest.fn();
beforeAll(() => {
  Element.prototype.scrollIntoView = scrolled;
});

let urls: string[];
let blocked: boolean;
const json = (status: number, body: unknown) =>
  ({ ok: status < 400, status, json: () => Promise.resolve(body) }) as Response;

beforeEach(() => {
  urls = [];
  blocked = false;
  global.fetch = jest.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = requestUrl(input);
    urls.push(`${init?.method ?? 'GET'} ${url}`);
    if (url.startsWith('/api/moderation/accounts/')) {
      blocked = (sentJson(init) as { blocked: boolean }).blocked;
      return Promise.resolve(json(200, { data: { ...account, blocked } }));
    }
    if (url.startsWith('/api/moderation/comments/missing1')) {
      return Promise.resolve(json(404, { error: { message: 'No comment has the id missing1.' } }));
    }
    const signedIn = comment('c1', {
      authorName: 'Ada Lovelace',
      authorEmail: '',
      account: { ...account, blocked },
    });
    const guest = comment('c2', { authorName: 'Sam K.', authorEmail: 'sam@example.com' });
    if (url === '/api/moderation/comments/c2') return Promise.resolve(json(200, { data: guest }));
    return Promise.resolve(json(200, { data: [signedIn, guest], meta }));
  }) as typeof fetch;
});

function renderQueue(linkedComment: string | null = null) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ProviderLabelsProvider
        value={{
          google: 'Google',
          facebook: 'Facebook',
          x: 'X',
          github: 'GitHub',
          wordpress: 'WordPress.com',
          oidc: 'Test ID',
        }}
      >
        <ModerationQueue linkedComment={linkedComment} />
      </ProviderLabelsProvider>
    </QueryClientProvider>,
  );
}

const row = (name: string) => screen.getByRole('listitem', { name: `Comment by ${name}` });

it('names the provider of a signed-in comment (the site’s label, never an email) and marks guests', async () => {
  renderQueue();
  await waitFor(() => expect(screen.getAllByTestId('moderation-row')).toHaveLength(2));
  expect(within(row('Ada Lovelace')).getByRole('button', { name: 'Signed in with Test ID' })).toBeVisible();
  expect(row('Ada Lovelace').textContent).not.toMatch(/@|guest/);
  expect(row('Sam K.').textContent).toMatch(/<sam@example.com> · guest/);
});

it('filters the queue to the account after a click on its label, and back', async () => {
  renderQueue();
  fireEvent.click(await screen.findByRole('button', { name: 'Signed in with Test ID' }));
  await waitFor(() =>
    expect(urls).toContain('GET /api/moderation/comments?status=pending&page=1&account=acc1'),
  );
  expect(screen.getByRole('status')).toHaveTextContent(
    'Only the comments of Ada Lovelace (signed in with Test ID)',
  );
  fireEvent.click(screen.getByRole('button', { name: 'Show all comments' }));
  expect(screen.queryByText(/Only the comments of/)).toBeNull();
});

it('blocks the account only after a confirmation, shows it blocked, and unblocks it', async () => {
  renderQueue();
  fireEvent.click(await screen.findByRole('button', { name: 'Block account…' }));
  const confirm = screen.getByRole('group', { name: 'Confirm the block' });
  expect(urls.filter((url) => url.startsWith('PATCH'))).toEqual([]);
  fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, block' }));
  await within(row('Ada Lovelace')).findByText(/Blocked/);
  expect(urls).toContain('PATCH /api/moderation/accounts/acc1');
  fireEvent.click(within(row('Ada Lovelace')).getByRole('button', { name: 'Unblock account' }));
  await within(row('Ada Lovelace')).findByRole('button', { name: 'Block account…' });
  expect(blocked).toBe(false);
});

it('highlights a linked comment, and says so when the link names no comment', async () => {
  const { unmount } = renderQueue('c2');
  await waitFor(() => expect(row('Sam K.')).toHaveAttribute('data-highlighted', 'true'));
  expect(row('Sam K.')).toHaveFocus();
  expect(scrolled.mock.contexts).toEqual([row('Sam K.')]);
  expect(screen.queryByRole('alert')).toBeNull();
  unmount();
  renderQueue('missing1');
  await waitFor(() =>
    expect(screen.getByRole('alert')).toHaveTextContent('The linked comment (missing1) does not exist'),
  );
});

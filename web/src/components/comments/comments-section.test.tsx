import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { publicCommentSchema } from '@skinfacts/shared';
import { OWN_COMMENTS_KEY } from '@/lib/comments/own-comments-store';
import { REMEMBER_COOKIE } from '@/lib/comments/remember-me';
import { requestUrl, sentJson } from '@/test/fetch-stub';
import { CommentsArea } from './comments-section';

const ARTICLE = 'article1';
const approved = (documentId: string, extra: Record<string, unknown> = {}) =>
  publicCommentSchema.parse({
    id: 1,
    documentId,
    body: `Body of ${documentId}`,
    authorName: `Author ${documentId}`,
    authorUrl: null,
    createdAt: '2026-01-01T10:00:00.000Z',
    parent: null,
    ...extra,
  });
const page = (comments: ReturnType<typeof approved>[], pageCount = 1, pageNumber = 1) => ({
  comments,
  pagination: { page: pageNumber, pageSize: 50, pageCount, total: comments.length * pageCount },
});
const stored = {
  id: 9,
  documentId: 'mine1',
  body: 'My own question',
  authorName: 'Ada',
  authorUrl: null,
  createdAt: '2026-01-02T10:00:00.000Z',
  moderationStatus: 'pending',
};

type Call = { url: string; method: string; body: unknown };
let calls: Call[];
let ticket = { formToken: '1.sig', commentsOpen: true };
let postAnswer: { status: number; body: unknown };
let ownAnswer: unknown[] = [];

const jsonResponse = (status: number, body: unknown) =>
  ({ ok: status < 400, status, json: () => Promise.resolve(body) }) as Response;

beforeEach(() => {
  calls = [];
  ticket = { formToken: '1.sig', commentsOpen: true };
  postAnswer = { status: 201, body: { data: stored, ownToken: 'own-token-1' } };
  ownAnswer = [];
  window.localStorage.clear();
  document.cookie = `${REMEMBER_COOKIE}=; Max-Age=0; Path=/`;
  global.fetch = jest.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = requestUrl(input);
    const method = init?.method ?? 'GET';
    const body = sentJson(init);
    calls.push({ url, method, body });
    if (url === `/api/comments/form-token?article=${ARTICLE}`)
      return Promise.resolve(jsonResponse(200, ticket));
    if (url === '/api/comments/own') return Promise.resolve(jsonResponse(200, { data: ownAnswer }));
    if (url === '/api/comments' && method === 'POST')
      return Promise.resolve(jsonResponse(postAnswer.status, postAnswer.body));
    if (url.includes('page=2')) {
      const second = page([approved('c3')], 2, 2);
      return Promise.resolve(
        jsonResponse(200, { data: second.comments, meta: { pagination: second.pagination } }),
      );
    }
    return Promise.resolve(jsonResponse(404, { error: 'not stubbed' }));
  }) as typeof fetch;
});

function renderArea(firstPage = page([approved('c1')]), commentsOpen = true) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  return render(
    <QueryClientProvider client={client}>
      <CommentsArea articleDocumentId={ARTICLE} commentsOpen={commentsOpen} firstPage={firstPage} />
    </QueryClientProvider>,
  );
}

const posts = () => calls.filter((call) => call.url === '/api/comments' && call.method === 'POST');

function fillForm(values: Partial<Record<'Name' | 'Email' | 'Website (optional)' | 'Comment', string>>) {
  for (const [label, value] of Object.entries(values)) {
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  }
}
const send = () => act(() => Promise.resolve(fireEvent.click(screen.getByRole('button', { name: /^Post/ }))));
const formReady = () =>
  waitFor(() => expect(calls.some((c) => c.url.startsWith('/api/comments/form-token?'))).toBe(true));

describe('the comment list', () => {
  it('threads replies, badges staff replies, and shows hostile input as text', () => {
    renderArea(
      page([
        approved('c1', { authorName: '<script>alert(1)</script>', authorUrl: 'https://ada.example' }),
        approved('c2', {
          parent: { documentId: 'c1' },
          staffReply: true,
          body: '<img src=x onerror=alert(1)>',
        }),
        approved('c4', { authorUrl: 'javascript:alert(1)' }),
      ]),
    );
    const top = screen.getAllByTestId('comment')[0] as HTMLElement;
    const link = within(top).getByRole('link', { name: '<script>alert(1)</script>' });
    expect(link).toHaveAttribute('href', 'https://ada.example');
    expect(link).toHaveAttribute('rel', 'nofollow ugc noopener');
    const reply = within(top).getByRole('article', { name: /Author c2/ });
    expect(reply).toHaveTextContent('Skinfacts team');
    expect(reply).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(document.querySelector('script, img')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Author c4' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Comments (3)' })).toBeInTheDocument();
  });

  it("shows a commenter's picture from the site's own avatar route, over their initials; others get initials", () => {
    renderArea(page([approved('c1', { authorName: 'Ada Lovelace', avatarId: 'account1' }), approved('c2')]));
    const [pictured, plain] = screen.getAllByTestId('avatar') as [HTMLElement, HTMLElement];
    expect(pictured).toHaveTextContent('AL');
    expect(pictured.querySelector('img')).toHaveAttribute('src', '/api/auth/avatar/account1');
    expect(plain.querySelector('img')).toBeNull();
    expect(plain).toHaveTextContent('AC');
  });

  it('loads more comments when there are more pages', async () => {
    renderArea(page([approved('c1')], 2));
    await act(() =>
      Promise.resolve(fireEvent.click(screen.getByRole('button', { name: /Load more comments \(1 more\)/ }))),
    );
    await screen.findByText('Body of c3');
    expect(screen.queryByRole('button', { name: /Load more/ })).toBeNull();
  });
});

describe('the comment form', () => {
  it('shows each problem next to its field, sends nothing, and keeps the input', async () => {
    renderArea();
    await formReady();
    fillForm({ Name: 'Ada', Email: 'not-an-email', 'Website (optional)': 'javascript:alert(1)' });
    await send();
    const email = screen.getByLabelText('Email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Never published\. Error: Please enter a valid email address/);
    expect(screen.getByLabelText('Website (optional)')).toHaveAccessibleDescription(
      /http:\/\/ or https:\/\//,
    );
    expect(screen.getByLabelText('Comment')).toHaveAccessibleDescription(/Please write a comment/);
    expect(email).toHaveValue('not-an-email');
    expect(posts()).toHaveLength(0);
  });

  it('posts, then shows the comment to its author as awaiting moderation, and remembers it for a reload', async () => {
    renderArea();
    await formReady();
    fillForm({ Name: 'Ada', Email: 'ada@example.org', Comment: 'My own question' });
    await send();
    expect(posts()[0]?.body).toEqual({
      article: ARTICLE,
      parent: null,
      authorName: 'Ada',
      authorEmail: 'ada@example.org',
      body: 'My own question',
      honeypot: '',
      formToken: '1.sig',
    });
    const mine = await screen.findByRole('article', { name: 'Comment by Ada' });
    expect(mine).toHaveTextContent('Awaiting moderation');
    expect(screen.getByRole('status')).toHaveTextContent(/awaiting moderation/);
    expect(screen.getByLabelText('Comment')).toHaveValue('');
    expect(screen.getByLabelText('Name')).toHaveValue('Ada');
    expect(JSON.parse(window.localStorage.getItem(OWN_COMMENTS_KEY) ?? '[]')).toEqual([
      { documentId: 'mine1', token: 'own-token-1', article: ARTICLE },
    ]);
  });

  it('after a reload, asks for the remembered comments with their tokens and shows the pending one', async () => {
    window.localStorage.setItem(
      OWN_COMMENTS_KEY,
      JSON.stringify([{ documentId: 'mine1', token: 'own-token-1', article: ARTICLE }]),
    );
    ownAnswer = [stored];
    renderArea();
    const mine = await screen.findByRole('article', { name: 'Comment by Ada' });
    expect(mine).toHaveTextContent('Awaiting moderation');
    expect(calls.find((c) => c.url === '/api/comments/own')?.body).toEqual({
      items: [{ documentId: 'mine1', token: 'own-token-1' }],
    });
  });

  it('forgets a remembered comment once it is decided', async () => {
    window.localStorage.setItem(
      OWN_COMMENTS_KEY,
      JSON.stringify([{ documentId: 'mine1', token: 'own-token-1', article: ARTICLE }]),
    );
    ownAnswer = [{ ...stored, moderationStatus: 'rejected' }];
    renderArea();
    await waitFor(() => expect(window.localStorage.getItem(OWN_COMMENTS_KEY)).toBe('[]'));
    expect(screen.queryByText(/Awaiting moderation/)).toBeNull();
  });

  it.each([
    [503, 'We could not reach the comment service. Your comment is still in the form.'],
    [429, 'You are commenting too quickly. Wait 12 seconds and send it again.'],
  ])('says what went wrong on a %i and keeps every word', async (status, error) => {
    postAnswer = { status, body: { error } };
    renderArea();
    await formReady();
    fillForm({ Name: 'Ada', Email: 'ada@example.org', Comment: 'A long, careful question' });
    await send();
    expect(await screen.findByRole('alert')).toHaveTextContent(error);
    expect(screen.getByLabelText('Comment')).toHaveValue('A long, careful question');
  });

  it('replies to a comment', async () => {
    renderArea();
    await formReady();
    fireEvent.click(screen.getByRole('button', { name: 'Reply to Author c1' }));
    expect(screen.getByRole('heading', { name: 'Reply to Author c1' })).toBeInTheDocument();
    fillForm({ Name: 'Ada', Email: 'ada@example.org', Comment: 'Same here' });
    await send();
    expect(posts()[0]?.body).toMatchObject({ parent: 'c1' });
  });

  it('remembers name, email and website in a cookie only when asked to', async () => {
    renderArea();
    await formReady();
    fillForm({ Name: 'Ada', Email: 'ada@example.org', Comment: 'First' });
    await send();
    expect(document.cookie).not.toContain(REMEMBER_COOKIE);
    fireEvent.click(screen.getByRole('checkbox', { name: /Remember my name/ }));
    fillForm({ Comment: 'Second' });
    await send();
    expect(document.cookie).toContain(REMEMBER_COOKIE);
  });

  it('asks for emails only when the box is ticked, and unticks it after each comment', async () => {
    renderArea();
    await formReady();
    const box = screen.getByRole('checkbox', { name: /Email me when my comment is published/ });
    expect(box).not.toBeChecked();
    fillForm({ Name: 'Ada', Email: 'ada@example.org', Comment: 'First' });
    await send();
    expect(posts()[0]?.body).not.toHaveProperty('notifyMe');
    fireEvent.click(box);
    fillForm({ Comment: 'Second' });
    await send();
    expect(posts()[1]?.body).toMatchObject({ notifyMe: true });
    await waitFor(() => expect(box).not.toBeChecked());
  });

  it('fills in a remembered commenter', async () => {
    const remembered = { authorName: 'Ada', authorEmail: 'ada@example.org', authorUrl: '' };
    document.cookie = `${REMEMBER_COOKIE}=${encodeURIComponent(JSON.stringify(remembered))}; Path=/`;
    renderArea();
    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveValue('Ada'));
    expect(screen.getByRole('checkbox', { name: /Remember my name/ })).toBeChecked();
  });

  it('shows no form when the article has comments closed', () => {
    renderArea(page([approved('c1')]), false);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText('Comments are closed for this article.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Reply/ })).toBeNull();
  });

  it('shows no form when comments are closed site-wide', async () => {
    ticket = { formToken: '1.sig', commentsOpen: false };
    renderArea();
    expect(await screen.findByText(/Comments are closed on Skinfacts for now/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});

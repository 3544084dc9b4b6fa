import { fireEvent, render, screen } from '@testing-library/react';
import { requestUrl, sentJson } from '@/test/fetch-stub';
import ConfirmPage from './confirm/page';
import UnsubscribePage from './unsubscribe/page';

/** The pages a mail's links open; the site routes they post to are tested in app/api/email. */
const TOKEN = `eyJwIjoiY29uZmlybSJ9.${'b'.repeat(43)}`;
const EXPIRED =
  'This link has expired or was already replaced. Tick the box again with your next comment to get a new one.';
const INCOMPLETE = 'This link is not complete. Open it from the email again, exactly as it came.';

type Query = Record<string, string | string[] | undefined>;
const pages = {
  confirm: {
    Page: ConfirmPage,
    button: 'Yes, email me about my comments',
    done: /your address is confirmed/,
  },
  unsubscribe: { Page: UnsubscribePage, button: 'Stop these emails', done: /no more of these emails/ },
};

type Call = { url: string; method: string; body: unknown };
let calls: Call[];
let answer: { status: number; body: unknown };

beforeEach(() => {
  calls = [];
  global.fetch = jest.fn((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: requestUrl(input), method: init?.method ?? 'GET', body: sentJson(init) });
    const { status, body } = answer;
    return Promise.resolve({ ok: status < 400, status, json: () => Promise.resolve(body) } as Response);
  }) as typeof fetch;
});

async function open(action: keyof typeof pages, query: Query) {
  const { Page } = pages[action];
  render(await Page({ searchParams: Promise.resolve(query) }));
}

describe.each(['confirm', 'unsubscribe'] as const)('/email/%s', (action) => {
  const { button, done } = pages[action];

  it('does nothing on opening (a mail scanner opens links too); the button sends the token and says it is done', async () => {
    answer = { status: 200, body: { data: { done: action === 'confirm' ? 'confirmed' : 'unsubscribed' } } };
    await open(action, { token: TOKEN });
    expect(calls).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: button }));
    expect(await screen.findByRole('status')).toHaveTextContent(done);
    expect(calls).toEqual([{ url: `/api/email/${action}`, method: 'POST', body: { token: TOKEN } }]);
  });

  it('says what to do when the site refuses the link (tampered or expired), and offers the button again', async () => {
    answer = { status: 400, body: { error: EXPIRED } };
    await open(action, { token: TOKEN });
    fireEvent.click(screen.getByRole('button', { name: button }));
    expect(await screen.findByRole('alert')).toHaveTextContent(EXPIRED);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('button', { name: button })).toBeEnabled();
  });

  it.each<[string, Query]>([
    ['no token', {}],
    ['a token cut short', { token: TOKEN.slice(0, -1) }],
    ['two tokens', { token: [TOKEN, TOKEN] }],
    ['a parameter of its own', { token: TOKEN, email: 'someone@example.org' }],
  ])('with %s, says the link is not complete and offers no button', async (_case, query) => {
    await open(action, query);
    expect(screen.getByRole('alert')).toHaveTextContent(INCOMPLETE);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

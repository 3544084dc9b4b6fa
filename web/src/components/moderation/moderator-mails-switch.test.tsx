import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { requestUrl, sentJson } from '@/test/fetch-stub';
import { ModeratorMailsSwitch } from './moderator-mails-switch';

type Call = { url: string; method: string; body: unknown };
let calls: Call[];
let stored: boolean;
let failWrites: boolean;

const json = (status: number, body: unknown) =>
  ({ ok: status < 400, status, json: () => Promise.resolve(body) }) as Response;

beforeEach(() => {
  calls = [];
  stored = true;
  failWrites = false;
  global.fetch = jest.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const body = sentJson(init);
    calls.push({ url: requestUrl(input), method, body });
    if (method === 'PUT') {
      if (failWrites) return Promise.resolve(json(502, { error: 'The CMS is not answering.' }));
      stored = (body as { moderatorMails: boolean }).moderatorMails;
    }
    return Promise.resolve(json(200, { data: { moderatorMails: stored } }));
  }) as typeof fetch;
});

function renderSwitch() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ModeratorMailsSwitch />
    </QueryClientProvider>,
  );
  return screen.getByLabelText('Email me when a comment is held');
}

it('shows the moderator’s own setting and switches it off and on through the site’s route', async () => {
  const box = renderSwitch();
  await waitFor(() => expect(box).toBeChecked());
  expect(calls[0]).toEqual({ url: '/api/moderation/me/mails', method: 'GET', body: undefined });

  fireEvent.click(box);
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved: mails off.'));
  expect(box).not.toBeChecked();
  expect(calls[1]).toEqual({
    url: '/api/moderation/me/mails',
    method: 'PUT',
    body: { moderatorMails: false },
  });

  fireEvent.click(box);
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved: mails on.'));
  expect(box).toBeChecked();
  expect(stored).toBe(true);
});

it('says so when the change was not saved, and keeps showing the stored setting', async () => {
  const box = renderSwitch();
  await waitFor(() => expect(box).toBeChecked());
  failWrites = true;
  fireEvent.click(box);
  await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The CMS is not answering.'));
  expect(box).toBeChecked();
});

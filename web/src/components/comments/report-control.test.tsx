import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { requestUrl, sentJson } from '@/test/fetch-stub';
import { ReportControl } from './report-control';

type Call = { url: string; method: string; body: unknown };
let calls: Call[];
let answer: { status: number; body: unknown };

beforeEach(() => {
  calls = [];
  answer = { status: 201, body: { data: { counted: true, heldForModeration: false } } };
  global.fetch = jest.fn((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: requestUrl(input), method: init?.method ?? 'GET', body: sentJson(init) });
    const { status, body } = answer;
    return Promise.resolve({ ok: status < 400, status, json: () => Promise.resolve(body) } as Response);
  }) as typeof fetch;
});

const open = () => {
  render(<ReportControl commentDocumentId="c1" authorName="Sam" />);
  const button = screen.getByRole('button', { name: 'Report the comment by Sam' });
  expect(button).toHaveAttribute('aria-expanded', 'false');
  fireEvent.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
  return screen.getByRole('form', { name: 'Report the comment by Sam' });
};

it('opens a form with the four reasons and a note, and sends the report to the site', async () => {
  open();
  expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual([
    'spam',
    'abuse',
    'medical-misinformation',
    'other',
  ]);
  fireEvent.click(screen.getByRole('radio', { name: 'Medical misinformation' }));
  fireEvent.change(screen.getByLabelText('Note (optional)'), { target: { value: 'Wrong dosage' } });
  fireEvent.click(screen.getByRole('button', { name: 'Send report' }));
  await screen.findByRole('status');
  expect(screen.getByRole('status')).toHaveTextContent('A moderator will look at this comment');
  expect(calls).toEqual([
    {
      url: '/api/comments/reports',
      method: 'POST',
      body: { comment: 'c1', reason: 'medical-misinformation', note: 'Wrong dosage' },
    },
  ]);
});

it('asks for a reason before sending anything', () => {
  open();
  fireEvent.click(screen.getByRole('button', { name: 'Send report' }));
  expect(screen.getByRole('alert')).toHaveTextContent('Choose a reason.');
  expect(calls).toEqual([]);
});

it('shows the site’s refusal and keeps the form open', async () => {
  answer = { status: 429, body: { error: 'Too many reports from your connection.' } };
  open();
  fireEvent.click(screen.getByRole('radio', { name: 'Spam or advertising' }));
  fireEvent.click(screen.getByRole('button', { name: 'Send report' }));
  await waitFor(() =>
    expect(screen.getByRole('alert')).toHaveTextContent('Too many reports from your connection.'),
  );
  expect(screen.getByRole('form', { name: 'Report the comment by Sam' })).toBeInTheDocument();
});

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { loadPage } from './load-page';
import { PreviewControls, STRAPI_UPDATE } from './preview-controls';

const refresh = jest.fn();
jest.mock('next/navigation', () => ({
  usePathname: () => '/articles/a-draft',
  useRouter: () => ({ refresh }),
}));

/** What fetch resolves to (jsdom has no Response). */
const answer = (status: number, body: unknown) => ({
  ok: status < 300,
  status,
  json: () => Promise.resolve(body),
});

jest.mock('./load-page', () => ({ loadPage: jest.fn() }));

const parent = { postMessage: jest.fn() } as unknown as Window;

function post(data: unknown, source: MessageEventSource | null) {
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { data, source }));
  });
}

beforeEach(() => refresh.mockClear());

describe('PreviewControls', () => {
  it('"Exit preview" posts the current page as JSON, then loads the page it is told', async () => {
    const fetchMock = jest.fn(() => Promise.resolve(answer(200, { path: '/articles/a-draft' })));
    global.fetch = fetchMock as unknown as typeof fetch;
    render(<PreviewControls />);
    fireEvent.click(screen.getByRole('button', { name: 'Exit preview' }));
    await waitFor(() => expect(loadPage).toHaveBeenCalledWith('/articles/a-draft'));
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/preview/exit',
      expect.objectContaining({
        method: 'POST',
        headers: expect.objectContaining({ 'Content-Type': 'application/json' }) as unknown,
        body: JSON.stringify({ path: '/articles/a-draft' }),
      }),
    );
  });

  it('says so when leaving preview failed', async () => {
    global.fetch = jest.fn(() => Promise.resolve(answer(403, { error: 'no' }))) as unknown as typeof fetch;
    render(<PreviewControls />);
    fireEvent.click(screen.getByRole('button', { name: 'Exit preview' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not leave preview');
  });

  describe('inside the admin panel’s preview iframe', () => {
    const ownParent = Object.getOwnPropertyDescriptor(window, 'parent');
    beforeEach(() => Object.defineProperty(window, 'parent', { configurable: true, value: parent }));
    afterEach(() => ownParent && Object.defineProperty(window, 'parent', ownParent));

    it('refreshes the page when the editor saves', () => {
      render(<PreviewControls />);
      post({ type: STRAPI_UPDATE }, parent);
      expect(refresh).toHaveBeenCalledTimes(1);
    });

    it('ignores other messages and other windows', () => {
      render(<PreviewControls />);
      post({ type: 'somethingElse' }, parent);
      post({ type: STRAPI_UPDATE }, null);
      post('strapiUpdate', parent);
      expect(refresh).not.toHaveBeenCalled();
    });
  });

  it('does not listen when it is not framed', () => {
    render(<PreviewControls />);
    post({ type: STRAPI_UPDATE }, window);
    expect(refresh).not.toHaveBeenCalled();
  });
});

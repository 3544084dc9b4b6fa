import { act, render, screen } from '@testing-library/react';
import { PreviewControls, STRAPI_UPDATE } from './preview-controls';

const refresh = jest.fn();
jest.mock('next/navigation', () => ({
  usePathname: () => '/articles/a-draft',
  useRouter: () => ({ refresh }),
}));

const parent = { postMessage: jest.fn() } as unknown as Window;

function post(data: unknown, source: MessageEventSource | null) {
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { data, source }));
  });
}

beforeEach(() => refresh.mockClear());

describe('PreviewControls', () => {
  it('posts "Exit preview" with the current page to return to', () => {
    render(<PreviewControls />);
    const button = screen.getByRole('button', { name: 'Exit preview' });
    const form = button.closest('form');
    expect(form).toHaveAttribute('method', 'post');
    expect(form).toHaveAttribute('action', '/api/preview/exit');
    expect(form?.querySelector('input[name="path"]')).toHaveValue('/articles/a-draft');
  });

  describe('inside the admin panel’s preview iframe', () => {
    const ownParent = Object.getOwnPropertyDescriptor(window, 'parent');
    beforeEach(() => Object.defineProperty(window, 'parent', { configurable: true, value: parent }));
    afterEach(() => ownParent && Object.defineProperty(window, 'parent', ownParent));

    it('refreshes the page when the editor saves', () => {
      render(<PreviewControls />);
      post({ type: STRAPI_UPDATE }, parent as unknown as MessageEventSource);
      expect(refresh).toHaveBeenCalledTimes(1);
    });

    it('ignores other messages and other windows', () => {
      render(<PreviewControls />);
      post({ type: 'somethingElse' }, parent as unknown as MessageEventSource);
      post({ type: STRAPI_UPDATE }, null);
      post('strapiUpdate', parent as unknown as MessageEventSource);
      expect(refresh).not.toHaveBeenCalled();
    });
  });

  it('does not listen when it is not framed', () => {
    render(<PreviewControls />);
    post({ type: STRAPI_UPDATE }, window);
    expect(refresh).not.toHaveBeenCalled();
  });
});

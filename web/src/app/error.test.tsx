import { fireEvent, render, screen } from '@testing-library/react';
import GlobalError from './global-error';
import RouteError from './error';

// What a Server Component failure carries: in production only a digest, but never show even a message.
const failure = Object.assign(new Error('CMS answered 500 for /api/articles/x at cmsFetch (client.ts:90)'), {
  digest: '2094637',
});

beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

describe.each([
  ['the route error page (error.tsx)', RouteError],
  ['the root error page (global-error.tsx)', GlobalError],
])('%s', (_name, ErrorPage) => {
  it('is friendly, shows no message or stack, and logs the error for the server log', () => {
    const { container } = render(<ErrorPage error={failure} retry={jest.fn()} />);
    expect(screen.getByRole('heading', { name: /temporarily unavailable/i })).toBeInTheDocument();
    expect(container).not.toHaveTextContent(/CMS answered|client\.ts|2094637|Error/);
    expect(console.error).toHaveBeenCalledWith(failure);
  });

  it('offers to try again', () => {
    const retry = jest.fn();
    render(<ErrorPage error={failure} retry={retry} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });
});

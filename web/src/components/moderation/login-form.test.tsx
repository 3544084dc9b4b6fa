import { fireEvent, render, screen } from '@testing-library/react';
import { LoginForm } from './login-form';

jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh: jest.fn() }) }));

it('shows the site’s "too many attempts" answer, which says how long to wait', async () => {
  global.fetch = jest.fn(() =>
    Promise.resolve({
      ok: false,
      status: 429,
      json: () => Promise.resolve({ error: 'Too many attempts. Try again in 14 minutes.' }),
    } as Response),
  );
  render(<LoginForm />);
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'mod@example.com' } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'wrong' } });
  fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
  expect((await screen.findByRole('alert')).textContent).toBe('Too many attempts. Try again in 14 minutes.');
});

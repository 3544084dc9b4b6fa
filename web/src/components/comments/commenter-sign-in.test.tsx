import { render, screen } from '@testing-library/react';
import { CommenterSignIn } from './commenter-sign-in';
import type { CommenterSession } from './commenter-session-api';

const noop = () => undefined;
const show = (session: CommenterSession) =>
  render(<CommenterSignIn session={session} onLeave={noop} onChanged={noop} />);

describe('the sign-in part of the comment form', () => {
  it('is not there at all when no provider is configured and nobody is signed in', () => {
    const { container } = show({ providers: [], account: null, problem: null });
    expect(container).toBeEmptyDOMElement();
  });

  it("offers each provider as a link to the site's own sign-in start, back to this page", () => {
    window.history.replaceState(null, '', '/articles/what-is-microneedling');
    show({ providers: [{ id: 'github', label: 'GitHub' }], account: null, problem: null });
    expect(screen.getByText(/Fill in your details below or sign in with/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'GitHub' })).toHaveAttribute(
      'href',
      '/api/auth/sign-in/github?returnTo=%2Farticles%2Fwhat-is-microneedling',
    );
  });

  it('names the signed-in commenter and their provider, with Log out, Change and Delete my account', () => {
    show({
      providers: [{ id: 'github', label: 'GitHub' }],
      account: { displayName: 'Ada Lovelace', providerLabel: 'GitHub', avatarUrl: null },
      problem: null,
    });
    expect(screen.getByText(/You are commenting as/)).toHaveTextContent(
      'You are commenting as Ada Lovelace (GitHub)',
    );
    for (const name of ['Log out', 'Change', 'Delete my account']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.queryByRole('link', { name: 'GitHub' })).toBeNull();
  });
});

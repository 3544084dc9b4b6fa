import { render, screen } from '@testing-library/react';
import { CommentBody } from './comment-body';

describe('CommentBody', () => {
  it('shows HTML as text and links only http(s) URLs', () => {
    const { container } = render(
      <CommentBody body={'<script>alert(1)</script> javascript:alert(1)\n\nsee https://example.com'} />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByText(/<script>alert\(1\)<\/script>/)).toBeInTheDocument();
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://example.com');
    expect(links[0]).toHaveAttribute('rel', 'nofollow ugc noopener');
    expect(container.querySelectorAll('p')).toHaveLength(2);
  });
});

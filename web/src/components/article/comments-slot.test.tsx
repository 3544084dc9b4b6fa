import { render, screen } from '@testing-library/react';
import { CommentsSlot } from './comments-slot';

describe('CommentsSlot', () => {
  it('is a marked, labelled section with a Comments heading', () => {
    render(<CommentsSlot articleDocumentId="ar2" commentsOpen />);
    const section = screen.getByRole('region', { name: 'Comments' });
    expect(section).toHaveAttribute('id', 'comments');
    expect(section).toHaveAttribute('data-slot', 'comments');
    expect(section).toHaveAttribute('data-article-document-id', 'ar2');
    expect(screen.getByRole('heading', { level: 2, name: 'Comments' })).toBeInTheDocument();
  });

  it('says when comments are closed', () => {
    render(<CommentsSlot articleDocumentId="ar2" commentsOpen={false} />);
    expect(screen.getByText('Comments are closed for this article.')).toBeInTheDocument();
  });
});

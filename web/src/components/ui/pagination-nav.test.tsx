import { render, screen } from '@testing-library/react';
import { PaginationNav } from './pagination-nav';

describe('PaginationNav', () => {
  it('links previous and next with rel, marks the current page and says where you are', () => {
    render(<PaginationNav basePath="/articles" page={2} pageCount={3} label="Article pages" />);
    const nav = screen.getByRole('navigation', { name: 'Article pages' });
    expect(nav).toHaveTextContent('Page 2 of 3');
    expect(screen.getByRole('link', { name: /Previous page/ })).toHaveAttribute('rel', 'prev');
    expect(screen.getByRole('link', { name: /Previous page/ })).toHaveAttribute('href', '/articles');
    expect(screen.getByRole('link', { name: /Next page/ })).toHaveAttribute('rel', 'next');
    expect(screen.getByRole('link', { name: /Next page/ })).toHaveAttribute('href', '/articles?page=3');
    expect(screen.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Page 1' })).not.toHaveAttribute('aria-current');
  });

  it('has no previous link on the first page and no next link on the last', () => {
    const { rerender } = render(<PaginationNav basePath="/articles" page={1} pageCount={2} label="Pages" />);
    expect(screen.queryByRole('link', { name: /Previous/ })).toBeNull();
    rerender(<PaginationNav basePath="/articles" page={2} pageCount={2} label="Pages" />);
    expect(screen.queryByRole('link', { name: /Next/ })).toBeNull();
  });

  it('renders nothing for a single page', () => {
    const { container } = render(<PaginationNav basePath="/articles" page={1} pageCount={1} label="Pages" />);
    expect(container).toBeEmptyDOMElement();
  });
});

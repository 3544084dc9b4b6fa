import { render, screen } from '@testing-library/react';
import { usePathname } from 'next/navigation';
import { ariaCurrentFor, NAV_ITEMS } from './nav-items';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

jest.mock('next/navigation', () => ({ usePathname: jest.fn() }));

const mockedPathname = jest.mocked(usePathname);

describe('SiteHeader', () => {
  it('has a banner with the main navigation and a labelled site search', () => {
    mockedPathname.mockReturnValue('/');
    render(<SiteHeader />);
    expect(screen.getByRole('banner')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Treatments' })).toHaveAttribute('href', '/#treatments');
    expect(screen.getByRole('search', { name: 'Site' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search articles and treatments' })).toBeInTheDocument();
  });

  it('marks the current page and section with aria-current', () => {
    mockedPathname.mockReturnValue('/articles');
    const { unmount } = render(<SiteHeader />);
    expect(screen.getByRole('link', { name: 'Articles' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Topics' })).not.toHaveAttribute('aria-current');
    unmount();
    mockedPathname.mockReturnValue('/treatments/microneedling');
    render(<SiteHeader />);
    expect(screen.getByRole('link', { name: 'Treatments' })).toHaveAttribute('aria-current', 'true');
  });
});

describe('ariaCurrentFor', () => {
  const [articles, , topics] = NAV_ITEMS;
  it('is page on the item, true inside its section, nothing elsewhere', () => {
    if (!articles || !topics) throw new Error('nav items missing');
    expect(ariaCurrentFor(articles, '/articles')).toBe('page');
    expect(ariaCurrentFor(articles, '/articles/what-is-microneedling')).toBe('true');
    expect(ariaCurrentFor(articles, '/articles-archive')).toBeUndefined();
    expect(ariaCurrentFor(topics, '/')).toBeUndefined();
  });
});

describe('SiteFooter', () => {
  it('carries the medical disclaimer and a link to the RSS feed', () => {
    render(<SiteFooter />);
    expect(screen.getByRole('contentinfo')).toHaveTextContent('information, not medical advice');
    expect(screen.getByRole('link', { name: 'RSS feed' })).toHaveAttribute('href', '/feed.xml');
  });
});

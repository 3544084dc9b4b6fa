import { render, screen } from '@testing-library/react';
import { act, Suspense, use, version } from 'react';
import { ArticleList } from '@/components/article/article-list';
import { ContentUnavailable } from '@/components/ui/content-unavailable';

describe('React in web', () => {
  it('is React 19, not the CMS admin React 18', () => {
    expect(version.startsWith('19.')).toBe(true);
  });

  it('renders a component that reads a promise with use()', async () => {
    const greeting = Promise.resolve('Hello from React 19');
    function Greeting() {
      return <p>{use(greeting)}</p>;
    }
    // A thenable callback: act() then waits for the suspended render to settle.
    await act(() => {
      render(
        <Suspense fallback={<p>Loading…</p>}>
          <Greeting />
        </Suspense>,
      );
      return Promise.resolve();
    });
    expect(await screen.findByText('Hello from React 19')).toBeInTheDocument();
  });
});

describe('ArticleList', () => {
  it('shows title, date, author and excerpt', () => {
    render(
      <ArticleList
        articles={[
          {
            id: 1,
            documentId: 'ar1',
            title: 'Aftercare basics',
            slug: 'aftercare-basics',
            excerpt: 'Keep it clean and use sunscreen.',
            publishedAt: '2025-05-01T08:00:00.000Z',
            updatedAt: '2025-05-01T08:00:00.000Z',
            author: { name: 'Dr. Jane Doe', slug: 'jane-doe' },
            topics: [],
          },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Aftercare basics' })).toBeInTheDocument();
    expect(screen.getByText('1 May 2025').tagName).toBe('TIME');
    expect(screen.getByText(/Dr\. Jane Doe/)).toBeInTheDocument();
    expect(screen.getByText('Keep it clean and use sunscreen.')).toBeInTheDocument();
  });

  it('says so when nothing is published', () => {
    render(<ArticleList articles={[]} />);
    expect(screen.getByText('No articles have been published yet.')).toBeInTheDocument();
  });
});

describe('ContentUnavailable', () => {
  it('announces the problem politely', () => {
    render(<ContentUnavailable />);
    expect(screen.getByRole('status')).toHaveTextContent('Content is temporarily unavailable');
  });
});

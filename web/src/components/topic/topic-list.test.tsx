import { render, screen } from '@testing-library/react';
import { TopicDirectory, TopicLinks } from './topic-list';

const topics = [
  { name: 'Acne scars', slug: 'acne-scars', description: 'Types of acne scarring.' },
  { name: 'Evidence', slug: 'evidence', description: null },
];

describe('TopicLinks', () => {
  it('links each topic to its page', () => {
    render(<TopicLinks topics={topics} />);
    expect(screen.getByRole('link', { name: 'Acne scars' })).toHaveAttribute('href', '/topics/acne-scars');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('says so when there are none', () => {
    render(<TopicLinks topics={[]} />);
    expect(screen.getByText('No topics yet.')).toBeInTheDocument();
  });
});

describe('TopicDirectory', () => {
  it('gives each topic a heading link and its description when it has one', () => {
    render(<TopicDirectory topics={topics} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Evidence' })).toBeInTheDocument();
    expect(screen.getByText('Types of acne scarring.')).toBeInTheDocument();
  });
});

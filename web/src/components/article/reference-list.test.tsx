import { render, screen, within } from '@testing-library/react';
import { ReferenceList } from './reference-list';

describe('ReferenceList', () => {
  const references = [
    {
      title: 'Percutaneous collagen induction therapy',
      url: null,
      publisher: 'Plastic and Reconstructive Surgery',
      year: 2008,
      note: 'Case series.',
    },
    {
      title: 'Microneedling: a review',
      url: 'https://example.org/review',
      publisher: 'Dermatologic Surgery',
      year: 2018,
    },
    { title: 'Untitled guidance', publisher: null, year: null },
  ];

  it('numbers the references under a "References" heading', () => {
    render(<ReferenceList references={references} headingId="refs" />);
    const section = screen.getByRole('region', { name: 'References' });
    const list = within(section).getByRole('list');
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Percutaneous collagen induction therapy. Plastic and Reconstructive Surgery, 2008. Case series.',
      'Microneedling: a review. Dermatologic Surgery, 2018.',
      'Untitled guidance.',
    ]);
    expect(items[0]).toHaveAttribute('id', 'reference-1');
  });

  it('links the title only when there is a url, with a safe rel', () => {
    render(<ReferenceList references={references} headingId="refs" />);
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAccessibleName('Microneedling: a review');
    expect(links[0]).toHaveAttribute('href', 'https://example.org/review');
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('renders nothing without references', () => {
    const { container } = render(<ReferenceList references={[]} headingId="refs" />);
    expect(container).toBeEmptyDOMElement();
  });
});

import { render, screen } from '@testing-library/react';
import { MedicalReviewNote } from './medical-review-note';

const reviewer = { name: 'Dr. Amara Okafor', slug: 'amara-okafor', credentials: 'MD, FAAD' };
const review = { reviewer, lastReviewedAt: '2025-08-14', reviewIntervalMonths: 12 };

describe('MedicalReviewNote', () => {
  it('names the reviewer with credentials and the date in a <time>', () => {
    const { container } = render(
      <MedicalReviewNote review={review} now={new Date('2026-01-01T12:00:00Z')} />,
    );
    expect(container).toHaveTextContent(
      'Medically reviewed by Dr. Amara Okafor, MD, FAAD on 14 August 2025 · next review due 14 August 2026',
    );
    expect(container.querySelector('time')).toHaveAttribute('dateTime', '2025-08-14');
    expect(screen.queryByText(/Review overdue/)).toBeNull();
  });

  it('is not overdue on the due date, and is the day after', () => {
    const onDue = render(<MedicalReviewNote review={review} now={new Date('2026-08-14T23:00:00Z')} />);
    expect(onDue.container).not.toHaveTextContent('Review overdue');
    onDue.unmount();
    const { container } = render(
      <MedicalReviewNote review={review} now={new Date('2026-08-15T00:00:00Z')} />,
    );
    expect(container).toHaveTextContent(
      'Review overdue: this page was due for its next medical review on 14 August 2026. Some details may be out of date.',
    );
    expect(container.querySelectorAll('time')[1]).toHaveAttribute('dateTime', '2026-08-14');
  });

  it('reads without a reviewer, and says when there is no review', () => {
    const { container, rerender } = render(
      <MedicalReviewNote review={{ ...review, reviewer: null }} now={new Date('2026-01-01')} />,
    );
    expect(container).toHaveTextContent('Medically reviewed on 14 August 2025');
    rerender(<MedicalReviewNote review={null} now={new Date('2026-01-01')} />);
    expect(container).toHaveTextContent('This page has not been medically reviewed yet.');
    rerender(<MedicalReviewNote review={{ ...review, lastReviewedAt: null }} now={new Date('2026-01-01')} />);
    expect(container).toHaveTextContent('This page has not been medically reviewed yet.');
  });
});

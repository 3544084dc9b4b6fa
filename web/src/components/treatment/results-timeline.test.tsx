import { render, screen } from '@testing-library/react';
import { treatmentSummarySchema } from '@skinfacts/shared';
import { rawTreatmentSummary } from '@/lib/cms/__fixtures__/content';
import { ResultsTimeline, timelineStages } from './results-timeline';

const treatment = treatmentSummarySchema.parse(rawTreatmentSummary);

describe('timelineStages', () => {
  it('builds before, recovery and results from the data', () => {
    expect(timelineStages(treatment)).toEqual([
      {
        title: 'Before your appointment',
        detail: ['Check the precautions early: the longest, Isotretinoin, starts 6 months before.'],
      },
      { title: 'Recovery', detail: ['Downtime: 1–3 days'] },
      { title: 'Results', detail: ['Results build over 3–12 months'] },
    ]);
  });

  it('adds after-care to recovery and leaves out stages without data', () => {
    const afterOnly = [{ ...treatment.precautions[1]!, relation: 'after' as const }];
    expect(timelineStages({ precautions: afterOnly, downtime: null, resultsOnset: null })).toEqual([
      { title: 'Recovery', detail: ['Sun exposure — avoid for 24 hours after'] },
    ]);
    expect(timelineStages({ precautions: [], downtime: null, resultsOnset: null })).toEqual([]);
  });
});

describe('ResultsTimeline', () => {
  it('renders the stages in order with h3 headings', () => {
    render(<ResultsTimeline treatment={treatment} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Before your appointment',
      'Recovery',
      'Results',
    ]);
    expect(screen.getByText('Results build over 3–12 months')).toBeInTheDocument();
  });

  it('renders nothing without data', () => {
    const { container } = render(
      <ResultsTimeline treatment={{ precautions: [], downtime: null, resultsOnset: null }} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});

import { render, screen, within } from '@testing-library/react';
import { treatmentSummarySchema } from '@skinfacts/shared';
import { rawTreatmentSummary } from '@/lib/cms/__fixtures__/content';
import { TreatmentFactsBox } from './treatment-facts-box';

const treatment = treatmentSummarySchema.parse(rawTreatmentSummary);

/** The <dd> next to the <dt> with this text. */
function fact(term: string): HTMLElement {
  const dt = screen.getByText(term, { selector: 'dt' });
  const dd = dt.nextElementSibling;
  if (!(dd instanceof HTMLElement) || dd.tagName !== 'DD') throw new Error(`no value for ${term}`);
  return dd;
}

describe('TreatmentFactsBox', () => {
  it('names the treatment in a labelled section with an h3', () => {
    render(<TreatmentFactsBox treatment={treatment} />);
    expect(screen.getByRole('region', { name: 'Microneedling at a glance' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Microneedling at a glance' })).toBeInTheDocument();
  });

  it('states every fact in words', () => {
    render(<TreatmentFactsBox treatment={treatment} />);
    expect(fact('Results')).toHaveTextContent('Results build over 3–12 months');
    expect(fact('Downtime')).toHaveTextContent('1–3 days');
    expect(fact('Pain')).toHaveTextContent('Minimal');
    expect(fact('Performed by')).toHaveTextContent('Aesthetician, dermatologist or plastic surgeon');
    const precautions = within(fact('Key precautions'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(precautions).toEqual([
      'Retinoids — stop 24 hours before',
      'Sun exposure — avoid for 24 hours before',
      'Isotretinoin — not eligible if taken in the last 6 months',
    ]);
  });

  it('links to the treatment page and its readiness checker', () => {
    render(<TreatmentFactsBox treatment={treatment} />);
    expect(screen.getByRole('link', { name: 'All microneedling facts' })).toHaveAttribute(
      'href',
      '/treatments/microneedling',
    );
    expect(
      screen.getByRole('link', { name: 'Am I ready for my microneedling appointment?' }),
    ).toHaveAttribute('href', '/treatments/microneedling#readiness');
  });

  it('leaves out facts the treatment does not have, and lists after-care last', () => {
    const sparse = {
      ...treatment,
      downtime: null,
      resultsOnset: null,
      performedBy: [],
      precautions: [{ ...treatment.precautions[1]!, relation: 'after' as const }, treatment.precautions[0]!],
    };
    render(<TreatmentFactsBox treatment={sparse} />);
    expect(screen.queryByText('Results', { selector: 'dt' })).toBeNull();
    expect(screen.queryByText('Downtime', { selector: 'dt' })).toBeNull();
    expect(screen.queryByText('Performed by', { selector: 'dt' })).toBeNull();
    expect(
      within(fact('Key precautions'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Retinoids — stop 24 hours before', 'Sun exposure — avoid for 24 hours after']);
  });

  it('has no precautions row without precautions', () => {
    render(<TreatmentFactsBox treatment={{ ...treatment, precautions: [] }} />);
    expect(screen.queryByText('Key precautions')).toBeNull();
  });
});

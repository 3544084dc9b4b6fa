import { act, render, screen } from '@testing-library/react';
import { treatmentSchema } from '@skinfacts/shared';
import axe from 'axe-core';
import { rawTreatment } from '@/lib/cms/__fixtures__/content';
import { TreatmentView } from './treatment-view';

const treatment = treatmentSchema.parse(rawTreatment);
const now = new Date('2026-11-23T12:00:00Z');

const outline = (container: HTMLElement) =>
  [...container.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1]));

describe('TreatmentView', () => {
  it('has one h1 and never skips a heading level', () => {
    const { container } = render(<TreatmentView treatment={treatment} now={now} />);
    const levels = outline(container);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.slice(1).forEach((level, index) => expect(level).toBeLessThanOrEqual((levels[index] ?? 1) + 1));
  });

  it('renders every fact from the data', () => {
    const { container } = render(<TreatmentView treatment={treatment} now={now} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Microneedling' })).toBeInTheDocument();
    expect(container).toHaveTextContent('Also known as collagen induction therapy or skin needling');
    expect(container).toHaveTextContent('Results build over 3–12 months');
    expect(container).toHaveTextContent('1–3 days');
    expect(container).toHaveTextContent('Aesthetician, dermatologist or plastic surgeon');
    expect(screen.getByRole('heading', { level: 3, name: 'The healing response' })).toBeInTheDocument();
    expect(container).toHaveTextContent('Acne scars: The best-studied use.');
    expect(
      screen.getByRole('table', { name: 'Precautions before and after microneedling' }),
    ).toBeInTheDocument();
    expect(container).toHaveTextContent('Medically reviewed by Dr. Amara Okafor');
    expect(screen.getByRole('link', { name: 'Preparing for microneedling' })).toHaveAttribute(
      'href',
      '/articles/preparing-for-microneedling',
    );
    expect(screen.getByRole('region', { name: 'References' })).toBeInTheDocument();
  });

  it('has the readiness checker with its heading, where "#readiness" links land', () => {
    render(<TreatmentView treatment={treatment} now={now} />);
    const slot = screen.getByRole('region', { name: 'Am I ready for my appointment?' });
    expect(slot).toHaveAttribute('id', 'readiness');
    expect(slot).toContainElement(screen.getByRole('button', { name: /check my readiness/i }));
  });

  it('leaves out sections without data', () => {
    const bare = {
      ...treatment,
      aliases: [],
      howItWorks: null,
      benefits: [],
      articles: [],
      references: [],
      medicalReview: null,
    };
    render(<TreatmentView treatment={bare} now={now} />);
    expect(screen.queryByText(/Also known as/)).toBeNull();
    expect(screen.queryByRole('heading', { name: 'How it works' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'What it is used for' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Articles about microneedling' })).toBeNull();
  });

  it('has no accessibility violations axe can find without a browser', async () => {
    const { container } = render(<TreatmentView treatment={treatment} now={now} />);
    // act(): next/link updates its prefetch state while axe runs.
    const results = await act(() =>
      axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } }),
    );
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});

import { render, screen, within } from '@testing-library/react';
import { precautionSchema } from '@skinfacts/shared';
import { rawPrecautions } from '@/lib/cms/__fixtures__/content';
import { PrecautionsTable } from './precautions-table';

const precautions = rawPrecautions.map((raw) => precautionSchema.parse(raw));

describe('PrecautionsTable', () => {
  it('has a caption, column headers and a row header per precaution', () => {
    render(<PrecautionsTable treatmentName="Microneedling" precautions={precautions} />);
    const table = screen.getByRole('table', { name: 'Precautions before and after microneedling' });
    const columns = within(table).getAllByRole('columnheader');
    expect(columns.map((th) => th.textContent)).toEqual(['What', 'When', 'Advice', 'Why']);
    columns.forEach((th) => expect(th).toHaveAttribute('scope', 'col'));
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((th) => th.textContent)).toEqual(['Retinoids', 'Sun exposure', 'Isotretinoin']);
    rowHeaders.forEach((th) => expect(th).toHaveAttribute('scope', 'row'));
  });

  it('puts the window in words, the advice and the reason in each row', () => {
    render(
      <PrecautionsTable
        treatmentName="Microneedling"
        precautions={[
          ...precautions,
          { ...precautions[1]!, relation: 'after', reason: null },
          {
            ...precautions[0]!,
            subject: 'Blood thinners',
            advice: 'consult',
            windowValue: 7,
            windowUnit: 'day',
          },
        ]}
      />,
    );
    const cells = screen
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(cells).toEqual([
      ['Stop 24 hours before', 'Avoid', 'Retinoids make the surface more reactive.'],
      ['Avoid for 24 hours before', 'Avoid', 'Sun-exposed skin is already inflamed.'],
      ['Not eligible if taken in the last 6 months', 'Not eligible', 'Isotretinoin changes how skin heals.'],
      [
        'Ask your practitioner if taken in the last 7 days',
        'Ask your practitioner',
        'Retinoids make the surface more reactive.',
      ],
      ['Avoid for 24 hours after', 'Avoid', '—'],
    ]);
  });

  it('can be scrolled with the keyboard on a narrow screen', () => {
    render(<PrecautionsTable treatmentName="Microneedling" precautions={precautions} />);
    expect(
      screen.getByRole('region', { name: 'Precautions before and after microneedling' }),
    ).toHaveAttribute('tabindex', '0');
  });

  it('says so when there are none', () => {
    render(<PrecautionsTable treatmentName="Microneedling" precautions={[]} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No precautions are listed for microneedling.')).toBeInTheDocument();
  });
});

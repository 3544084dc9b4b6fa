import { precaution as makePrecaution } from '@skinfacts/shared/testing/precautions';
import { referenceProblems, treatmentFactProblems, treatmentPublishProblems } from './facts';

/** `expect.stringMatching` as an `unknown` (jest types the asymmetric matcher as `any`). */
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);

const precaution = (subject: string, windowValue = 24) => makePrecaution(subject, windowValue, 'hour');

describe('treatmentFactProblems', () => {
  it('accepts consistent facts', () => {
    expect(
      treatmentFactProblems({
        downtime: { min: 1, max: 3, unit: 'day' },
        precautions: [precaution('Retinoids'), precaution('Sun exposure')],
        references: [{ title: 'A study', url: 'https://example.org/study' }],
      }),
    ).toEqual([]);
  });

  it('points at the second of two precautions with the same subject, ignoring case and spaces', () => {
    const problems = treatmentFactProblems({
      precautions: [precaution('Retinoids'), precaution(' retinoids ')],
    });
    expect(problems).toEqual([
      {
        path: ['precautions', '1', 'subject'],
        message: matching(/already listed as precaution 1/),
      },
    ]);
  });

  it('reports an inverted range and a bad window together', () => {
    const problems = treatmentFactProblems({
      resultsOnset: { min: 12, max: 3, unit: 'month' },
      precautions: [precaution('Retinoids', 0)],
    });
    expect(problems.map((problem) => problem.path[0])).toEqual(['resultsOnset', 'precautions']);
  });

  // The admin panel shows a server message under the input its path names (setIn(errors, path.join('.'))),
  // and no text at all for a path that stops at a component.
  it('names the field inside the component, so the admin panel can show the message under it', () => {
    const problems = treatmentFactProblems({
      downtime: { min: 5, max: 3, unit: 'day' },
      resultsOnset: { min: 1, max: 2, unit: 'year' },
      precautions: [precaution('Retinoids'), { ...precaution('Sun exposure', 1.5), windowUnit: 'fortnight' }],
    });
    expect(problems).toEqual([
      { path: ['downtime', 'max'], message: 'downtime: Minimum must not be greater than maximum' },
      {
        path: ['resultsOnset', 'unit'],
        message: matching(/^resultsOnset: unit must be one of/),
      },
      {
        path: ['precautions', '1', 'windowValue'],
        message: 'Precaution 2: windowValue must be a whole number greater than 0',
      },
      {
        path: ['precautions', '1', 'windowUnit'],
        message: matching(/^Precaution 2: windowUnit must be one of/),
      },
    ]);
  });
});

describe('referenceProblems', () => {
  it.each(['javascript:alert(1)', 'ftp://example.org/x', 'example.org'])('refuses the link %s', (url) => {
    expect(referenceProblems({ references: [{ title: 'A source', url }] })).toEqual([
      { path: ['references', '0', 'url'], message: matching(/http/) },
    ]);
  });

  it('accepts a citation text without a link, and asks for a text when it is blank', () => {
    expect(referenceProblems({ references: [{ title: 'Smith 2020, J Derm' }] })).toEqual([]);
    expect(referenceProblems({ references: [{ title: '  ', url: 'https://example.org' }] })[0]?.path).toEqual(
      ['references', '0', 'title'],
    );
  });
});

describe('treatmentPublishProblems', () => {
  it('asks for a reviewer and a reference', () => {
    const problems = treatmentPublishProblems({ medicalReview: { reviewer: null }, references: [] });
    expect(problems.map((problem) => problem.path.join('.'))).toEqual([
      'medicalReview.reviewer',
      'references',
    ]);
  });

  it('accepts a populated reviewer or a relation id, with one reference', () => {
    const references = [{ title: 'A source' }];
    expect(treatmentPublishProblems({ medicalReview: { reviewer: { id: 1 } }, references })).toEqual([]);
    expect(treatmentPublishProblems({ medicalReview: { reviewer: 'abc123' }, references })).toEqual([]);
  });
});

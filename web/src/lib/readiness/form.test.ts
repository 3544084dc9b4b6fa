import { PRECAUTIONS } from '@skinfacts/shared/testing/precautions';
import { emptyForm, readForm, type ReadinessForm } from './form';

const form = (changes: Partial<ReadinessForm>): ReadinessForm => ({ ...emptyForm(), ...changes });
const appointment = { date: '2026-12-04', time: '10:00' };

describe('readForm', () => {
  it('builds the engine input: never → null, a date → local text, no choice → left out', () => {
    const read = readForm(
      form({
        appointment,
        answers: {
          Retinoids: { choice: 'last', date: '2026-12-02', time: '20:00' },
          'Sun exposure': { choice: 'never', date: '2026-12-01', time: '09:00' },
          Isotretinoin: { choice: null, date: '', time: '' },
        },
      }),
      PRECAUTIONS,
    );
    expect(read).toEqual({
      ok: true,
      appointmentAt: '2026-12-04T10:00',
      lastOccurrences: { Retinoids: '2026-12-02T20:00', 'Sun exposure': null },
    });
  });

  it('drops seconds a time input may carry', () => {
    const read = readForm(form({ appointment: { date: '2026-12-04', time: '10:00:30' } }), PRECAUTIONS);
    expect(read).toMatchObject({ ok: true, appointmentAt: '2026-12-04T10:00' });
  });

  it('ignores answers for after-care and for subjects it does not know', () => {
    const read = readForm(
      form({
        appointment,
        answers: {
          'Sun after treatment': { choice: 'never', date: '', time: '' },
          Unknown: { choice: 'never', date: '', time: '' },
        },
      }),
      PRECAUTIONS,
    );
    expect(read).toEqual({ ok: true, appointmentAt: '2026-12-04T10:00', lastOccurrences: {} });
  });

  it('reports every missing or mistyped value at once, in the form’s order', () => {
    const read = readForm(
      form({
        appointment: { date: '', time: '' },
        answers: {
          Retinoids: { choice: 'last', date: '2026-12-02', time: '' },
          'Sun exposure': { choice: 'last', date: '', time: '' },
          Isotretinoin: { choice: 'last', date: '02/12/2026', time: '10:00' },
        },
      }),
      PRECAUTIONS,
    );
    expect(read).toEqual({
      ok: false,
      problems: [
        { field: 'appointmentAt', part: 'both', message: 'Enter the date and time of your appointment.' },
        {
          field: 'Retinoids',
          part: 'time',
          message: 'Enter the time for Retinoids as well. A rough guess is fine.',
        },
        {
          field: 'Sun exposure',
          part: 'both',
          message: 'Enter when Sun exposure last happened (a rough guess is fine), or choose “Never”.',
        },
        {
          field: 'Isotretinoin',
          part: 'date',
          message: 'Enter the date for Isotretinoin as year-month-day, for example 2026-12-04.',
        },
      ],
    });
  });

  it('names the missing part of the appointment', () => {
    expect(readForm(form({ appointment: { date: '2026-12-04', time: '' } }), PRECAUTIONS)).toEqual({
      ok: false,
      problems: [{ field: 'appointmentAt', part: 'time', message: 'Enter the time of your appointment.' }],
    });
    expect(readForm(form({ appointment: { date: '', time: '10:00' } }), PRECAUTIONS)).toMatchObject({
      problems: [{ part: 'date', message: 'Enter the date of your appointment.' }],
    });
  });
});

import { fireEvent, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { PRECAUTIONS } from '@skinfacts/shared/testing/precautions';
import {
  answerLast,
  answerNever,
  check,
  readText,
  renderChecker,
  resultFor,
  results,
  setAppointment,
} from '@/test/readiness-checker-driver';
import { ReadinessChecker } from './readiness-checker';

jest.mock('@/lib/readiness/time-zone', () => ({
  ...jest.requireActual<typeof import('@/lib/readiness/time-zone')>('@/lib/readiness/time-zone'),
  detectTimeZone: () => 'Europe/Berlin',
}));

/** 13:00 on Thursday 3 Dec 2026 in Berlin. Only Date is faked; React's timers stay real. */
const NOW = new Date('2026-12-03T12:00:00Z');
const fetchSpy = jest.fn();
const originalFetch = global.fetch;

beforeEach(() => {
  jest.useFakeTimers({
    now: NOW,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
  fetchSpy.mockClear();
  global.fetch = fetchSpy;
});

afterEach(() => {
  jest.useRealTimers();
  global.fetch = originalFetch;
});

describe('ReadinessChecker', () => {
  it('asks, with labelled controls, about each before-care precaution only', () => {
    renderChecker();
    expect(screen.getByText('Nothing you enter leaves your browser.')).toBeInTheDocument();
    expect(screen.getByLabelText('Appointment date')).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText('Appointment time')).toHaveAttribute('type', 'time');
    const retinoids = within(screen.getByRole('group', { name: 'Retinoids' }));
    expect(retinoids.getByRole('radio', { name: 'Never' })).toBeInTheDocument();
    expect(retinoids.getByRole('radio', { name: 'Last taken on' })).toBeInTheDocument();
    const sun = within(screen.getByRole('group', { name: 'Sun exposure' }));
    expect(sun.getByRole('radio', { name: 'Last time on' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Sun after treatment' })).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Retinoids' })).toHaveAccessibleDescription(
      'Avoid for 24 hours before your appointment.',
    );
  });

  it('says "You look ready" with a stop-by time per precaution and the after-care, without any request', () => {
    renderChecker();
    setAppointment('2026-12-04', '10:00');
    answerLast('Retinoids', '2026-12-02', '20:00');
    answerNever('Sun exposure');
    answerNever('Isotretinoin');
    check();

    expect(results().getByText('You look ready')).toBeInTheDocument();
    expect(results().getByText(/Times are in your time zone, Europe\/Berlin/)).toBeInTheDocument();
    const retinoids = resultFor('Retinoids');
    expect(retinoids.getByText('Ready')).toBeInTheDocument();
    expect(retinoids.getByText('✓')).toHaveAttribute('aria-hidden', 'true');
    expect(retinoids.getByText("Don't take it after Thursday 3 Dec, 10:00.")).toBeInTheDocument();
    expect(retinoids.getByText('Your answer: Last taken Wednesday 2 Dec, 20:00')).toBeInTheDocument();
    expect(retinoids.getByText('Why: Retinoids make the skin more reactive.')).toBeInTheDocument();
    expect(resultFor('Sun exposure').getByText('Avoid it after Thursday 3 Dec, 10:00.')).toBeInTheDocument();
    expect(resultFor('Isotretinoin').getByText(/^Eligible\./)).toBeInTheDocument();
    const afterCare = resultFor('Sun after treatment');
    expect(afterCare.getByText('After-care')).toBeInTheDocument();
    expect(afterCare.getByText('Avoid until Friday 18 Dec, 10:00.')).toBeInTheDocument();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('puts the results in a polite live region, under h3 and h4 headings', () => {
    renderChecker();
    const live = document.querySelector('[aria-live="polite"]');
    expect(live).toBeEmptyDOMElement();
    setAppointment('2026-12-04', '10:00');
    check();
    expect(live).toHaveTextContent('Your checklist for Microneedling');
    const levels = screen.getAllByRole('heading').map((heading) => heading.tagName);
    expect(levels).toEqual(['H3', 'H4', 'H4']);
  });

  it('gives the earliest safe appointment when a use is too recent', () => {
    renderChecker();
    setAppointment('2026-12-04', '10:00');
    answerLast('Retinoids', '2026-12-03', '12:00');
    answerNever('Sun exposure');
    answerNever('Isotretinoin');
    check();
    expect(results().getByText('Not ready yet')).toBeInTheDocument();
    const retinoids = resultFor('Retinoids');
    expect(retinoids.getByText('Too recent')).toBeInTheDocument();
    expect(retinoids.getByText('Earliest safe appointment: Friday 4 Dec, 12:00.')).toBeInTheDocument();
  });

  it('says until when the visitor is not eligible', () => {
    renderChecker();
    setAppointment('2026-12-04', '10:00');
    answerNever('Retinoids');
    answerNever('Sun exposure');
    answerLast('Isotretinoin', '2026-09-01', '12:00');
    check();
    expect(results().getByText('Not ready yet')).toBeInTheDocument();
    const isotretinoin = resultFor('Isotretinoin');
    expect(isotretinoin.getByText('Not eligible')).toBeInTheDocument();
    expect(isotretinoin.getByText('Not eligible until 1 Mar 2027, 12:00.')).toBeInTheDocument();
  });

  it('marks unanswered questions and asks for every answer', () => {
    renderChecker();
    setAppointment('2026-12-04', '10:00');
    answerNever('Retinoids');
    check();
    expect(results().getByText('Answer every question to get a verdict')).toBeInTheDocument();
    const sun = resultFor('Sun exposure');
    expect(sun.getByText('Unanswered')).toBeInTheDocument();
    expect(sun.getByText('Your answer: Not answered')).toBeInTheDocument();
    expect(
      sun.getByText(/^Answer the question to get a verdict\. Either way: avoid it after/),
    ).toBeInTheDocument();
  });

  it('ties "appointment in the past" to the appointment inputs and focuses the first', () => {
    renderChecker();
    setAppointment('2026-12-01', '10:00');
    check();
    const date = screen.getByLabelText('Appointment date');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Appointment time')).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription('Error: The appointment date must be in the future.');
    expect(date).toHaveFocus();
    expect(screen.getByText(/One answer needs fixing/)).toBeInTheDocument();
  });

  it('ties "last use in the future" to that precaution’s inputs', () => {
    renderChecker();
    setAppointment('2026-12-10', '10:00');
    answerLast('Retinoids', '2026-12-05', '09:00');
    check();
    const date = screen.getByLabelText('Retinoids: Date');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(
      "Error: The date for Retinoids can't be in the future. Enter when it last happened, up to today.",
    );
    expect(date).toHaveFocus();
    expect(screen.getByLabelText('Appointment date')).not.toHaveAttribute('aria-invalid');
  });

  it('points at the missing part and focuses it', () => {
    renderChecker();
    setAppointment('2026-12-04', '');
    check();
    const time = screen.getByLabelText('Appointment time');
    expect(time).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Appointment date')).not.toHaveAttribute('aria-invalid');
    expect(time).toHaveAccessibleDescription('Error: Enter the time of your appointment.');
    expect(time).toHaveFocus();
  });

  it('clears a field’s error when it changes', () => {
    renderChecker();
    check();
    expect(screen.getByLabelText('Appointment date')).toHaveAttribute('aria-invalid', 'true');
    setAppointment('2026-12-04', '10:00');
    expect(screen.getByLabelText('Appointment date')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/Enter the date and time of your appointment/)).not.toBeInTheDocument();
  });

  it('chooses "Last taken on" when a date is typed', () => {
    renderChecker();
    answerLast('Retinoids', '2026-12-02', '20:00');
    const retinoids = within(screen.getByRole('group', { name: 'Retinoids' }));
    expect(retinoids.getByRole('radio', { name: 'Last taken on' })).toBeChecked();
    expect(retinoids.getByRole('radio', { name: 'Never' })).not.toBeChecked();
  });

  it('withdraws results that no longer match the answers', () => {
    renderChecker();
    setAppointment('2026-12-04', '10:00');
    check();
    expect(screen.getByText(/Your checklist for Microneedling/)).toBeInTheDocument();
    answerNever('Retinoids');
    expect(screen.queryByText(/Your checklist for Microneedling/)).not.toBeInTheDocument();
    expect(screen.getByText(/Your answers have changed/)).toBeInTheDocument();
  });

  it('prints the checklist', () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    renderChecker();
    setAppointment('2026-12-04', '10:00');
    check();
    fireEvent.click(screen.getByRole('button', { name: 'Print checklist' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  describe('reminders', () => {
    const urlStatics = URL as unknown as Record<string, unknown>;
    const original = { create: urlStatics.createObjectURL, revoke: urlStatics.revokeObjectURL };
    let blobs: Blob[];
    afterEach(() => {
      urlStatics.createObjectURL = original.create;
      urlStatics.revokeObjectURL = original.revoke;
    });
    beforeEach(() => {
      blobs = [];
      urlStatics.createObjectURL = jest.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:http://localhost/reminders';
      });
      urlStatics.revokeObjectURL = jest.fn();
    });

    it('downloads a calendar file through a Blob and an <a download>', async () => {
      const clicked: HTMLAnchorElement[] = [];
      const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        clicked.push(this);
      });
      renderChecker();
      setAppointment('2026-12-05', '10:00');
      answerLast('Retinoids', '2026-12-02', '20:00');
      answerNever('Sun exposure');
      check();
      fireEvent.click(screen.getByRole('button', { name: 'Add reminders' }));

      expect(clicked).toHaveLength(1);
      expect(clicked[0]).toHaveAttribute('download', 'microneedling-reminders.ics');
      expect(clicked[0]).toHaveAttribute('href', 'blob:http://localhost/reminders');
      expect(clicked[0]?.isConnected).toBe(false);
      expect(blobs[0]?.type).toBe('text/calendar;charset=utf-8');
      const text = await readText(blobs[0]!);
      expect(text).toContain('SUMMARY:Stop Retinoids before your Microneedling appointment');
      // Retinoids and sun exposure (stop by Friday 4 Dec, 10:00) and the appointment; the unanswered
      // isotretinoin question and the after-care get no event of their own.
      expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
      expect(text).toContain('DTSTART:20261204T090000Z');
      expect(fetchSpy).not.toHaveBeenCalled();
      click.mockRestore();
    });

    it('says so when the browser cannot save the file', () => {
      urlStatics.createObjectURL = jest.fn(() => {
        throw new Error('not supported');
      });
      renderChecker();
      setAppointment('2026-12-04', '10:00');
      check();
      fireEvent.click(screen.getByRole('button', { name: 'Add reminders' }));
      expect(screen.getByRole('alert')).toHaveTextContent('could not save the calendar file');
    });
  });

  it('renders on the server with the check button disabled until the script runs', () => {
    const html = renderToString(<ReadinessChecker treatmentName="Microneedling" precautions={PRECAUTIONS} />);
    expect(html).toMatch(/<button type="submit"[^>]*disabled=""[^>]*>Check my readiness<\/button>/);
    expect(html).toContain('Nothing you enter leaves your browser.');
  });

  it('has nothing to ask when a treatment has no precautions', () => {
    renderChecker([]);
    expect(screen.getByText(/No precautions are listed for Microneedling/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

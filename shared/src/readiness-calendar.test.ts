import type { Precaution } from './precaution';
import { evaluateReadiness } from './readiness';
import { isotretinoin, precaution, retinoids } from './__fixtures__/readiness-inputs';

/** One precaution, Berlin; `now` defaults to the last use read as UTC (an hour or two after it, in Berlin). */
function single(
  p: Precaution,
  appointmentAt: string,
  lastUse: string | null,
  now = `${lastUse ?? '2026-01-01T00:00'}Z`,
) {
  return evaluateReadiness({
    precautions: [p],
    appointmentAt,
    timeZone: 'Europe/Berlin',
    lastOccurrences: { [p.subject]: lastUse },
    now,
  });
}

describe('evaluateReadiness: month ends and leap years', () => {
  const sixMonths = precaution('Isotretinoin', 6, 'month');
  const oneMonth = precaution('Filler', 1, 'month', { kind: 'procedure' });

  it.each([
    ['6 months', '2027-08-31T10:00', '2027-02-28T10:00', sixMonths],
    ['6 months', '2028-08-31T10:00', '2028-02-29T10:00', sixMonths],
    ['1 month', '2027-03-31T10:00', '2027-02-28T10:00', oneMonth],
    ['1 month', '2028-03-31T10:00', '2028-02-29T10:00', oneMonth],
    ['1 month', '2027-10-30T10:00', '2027-09-30T10:00', oneMonth],
    ['1 month', '2028-03-29T10:00', '2028-02-29T10:00', oneMonth],
  ])('%s before %s is %s', (_label, appointmentAt, stopBy, p) => {
    expect(single(p, appointmentAt, null).items[0]?.stopBy).toBe(stopBy);
  });

  it('never offers an appointment that month clamping would still reject', () => {
    // 31 Aug + 6 months clamps to 28 Feb, but an appointment on 28 Feb looks back only to 28 Aug.
    const lastUse = '2026-08-31T12:00';
    const verdict = single(isotretinoin, '2027-02-28T10:00', lastUse).items[0];
    expect(verdict).toEqual({
      subject: 'Isotretinoin',
      status: 'not-eligible',
      eligibleFrom: '2027-03-01T00:00',
    });
    expect(single(isotretinoin, '2027-02-28T23:59', lastUse).items[0]?.status).toBe('not-eligible');
    expect(single(isotretinoin, '2027-03-01T00:00', lastUse).items[0]?.status).toBe('ready');
  });

  it('handles the leap day as a last use', () => {
    const yearLong = precaution('Isotretinoin', 12, 'month', { advice: 'not-eligible' });
    expect(single(yearLong, '2029-02-28T10:00', '2028-02-29T09:00').items[0]).toEqual({
      subject: 'Isotretinoin',
      status: 'not-eligible',
      eligibleFrom: '2029-03-01T00:00',
    });
    expect(single(yearLong, '2029-03-01T00:00', '2028-02-29T09:00').items[0]?.status).toBe('ready');
    expect(single(yearLong, '2029-02-28T10:00', '2028-02-28T10:00').items[0]?.status).toBe('ready');
  });

  it('adds months for after-care too', () => {
    const afterCare = precaution('Pregnancy', 5, 'month', { kind: 'condition', relation: 'after' });
    expect(single(afterCare, '2027-09-30T10:00', null).items[0]?.avoidUntil).toBe('2028-02-29T10:00');
  });
});

describe('evaluateReadiness: summer time', () => {
  const day = precaution('Waxing', 1, 'day', { kind: 'procedure' });

  it.each([
    ['Europe/Berlin', '2027-03-28T12:00', '2027-03-27T11:00', '2027-03-27T12:00'],
    ['Europe/Berlin', '2027-10-31T12:00', '2027-10-30T13:00', '2027-10-30T12:00'],
    ['America/New_York', '2027-03-14T12:00', '2027-03-13T11:00', '2027-03-13T12:00'],
    ['America/New_York', '2027-11-07T12:00', '2027-11-06T13:00', '2027-11-06T12:00'],
  ])('%s, %s: 24 hours back is %s, 1 day back is %s', (timeZone, appointmentAt, hours, days) => {
    const result = evaluateReadiness({
      precautions: [retinoids, day],
      appointmentAt,
      timeZone,
      lastOccurrences: {},
      now: '2027-01-01T00:00:00Z',
    });
    expect(result.items.map((item) => item.stopBy)).toEqual([hours, days]);
  });

  it('reads an appointment in the spring-forward gap as the moment the clocks jump (03:00)', () => {
    const afterCare = precaution('Sauna', 1, 'hour', { kind: 'activity', relation: 'after' });
    expect(single(afterCare, '2027-03-28T02:30', null).items[0]?.avoidUntil).toBe('2027-03-28T04:00');
    expect(single(day, '2027-03-28T02:30', null).items[0]?.stopBy).toBe('2027-03-27T03:00');
  });

  it('lands calendar arithmetic that hits the gap on the moment the clocks jump', () => {
    expect(single(day, '2027-03-29T02:30', null).items[0]?.stopBy).toBe('2027-03-28T03:00');
    expect(single(day, '2027-03-29T02:30', '2027-03-28T03:00').items[0]?.status).toBe('ready');
    expect(single(day, '2027-03-29T02:30', '2027-03-28T03:01').items[0]).toEqual({
      subject: 'Waxing',
      status: 'too-recent',
      earliestAppointment: '2027-03-29T03:01',
    });
  });

  it('reads a repeated fall-back time as its earlier pass and never gives an early "not before" time', () => {
    const hour = precaution('Alcohol', 1, 'hour', { kind: 'activity' });
    const afterCare = precaution('Sauna', 1, 'hour', { kind: 'activity', relation: 'after' });
    // 02:30 CEST + 1 hour = 02:30 CET, which would read back as 02:30 CEST: so 03:00.
    expect(single(afterCare, '2027-10-31T02:30', null).items[0]?.avoidUntil).toBe('2027-10-31T03:00');
    expect(single(hour, '2027-10-31T02:30', null).items[0]?.stopBy).toBe('2027-10-31T01:30');
    const now = '2027-10-31T00:20:00Z';
    expect(single(hour, '2027-10-31T02:59', '2027-10-31T02:10', now).items[0]).toEqual({
      subject: 'Alcohol',
      status: 'too-recent',
      earliestAppointment: '2027-10-31T03:00',
    });
    expect(single(hour, '2027-10-31T03:00', '2027-10-31T02:10', now).items[0]?.status).toBe('ready');
  });

  it('handles the 30-minute change on Lord Howe Island', () => {
    const result = evaluateReadiness({
      precautions: [retinoids, day],
      appointmentAt: '2027-10-03T12:00',
      timeZone: 'Australia/Lord_Howe',
      lastOccurrences: {},
      now: '2027-01-01T00:00:00Z',
    });
    expect(result.items.map((item) => item.stopBy)).toEqual(['2027-10-02T11:30', '2027-10-02T12:00']);
  });
});

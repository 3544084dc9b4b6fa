import { evaluateReadiness } from './readiness';
import type { Precaution } from './precaution';
import type { ReadinessInput } from './readiness';
import {
  precaution,
  retinoids,
  sun,
  isotretinoin,
  microneedling,
  evaluate,
} from './__fixtures__/readiness-inputs';

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

describe('evaluateReadiness: the microneedling example', () => {
  it('gives each precaution its verdict', () => {
    const result = evaluate({
      lastOccurrences: {
        Retinoids: '2026-12-02T20:00',
        'Auto-immune treatments': null,
        'Sun exposure': null,
        Isotretinoin: '2026-09-01T12:00',
      },
    });
    expect(result).toEqual({
      overall: 'not-ready',
      items: [
        { subject: 'Retinoids', status: 'ready', stopBy: '2026-12-03T10:00' },
        { subject: 'Auto-immune treatments', status: 'ready', stopBy: '2026-12-03T10:00' },
        { subject: 'Sun exposure', status: 'ready', stopBy: '2026-12-03T10:00' },
        { subject: 'Isotretinoin', status: 'not-eligible', eligibleFrom: '2027-03-01T12:00' },
      ],
    });
  });

  it('is ready when nothing was used', () => {
    const result = evaluate();
    expect(result.overall).toBe('ready');
    expect(result.items.map((item) => item.status)).toEqual(['ready', 'ready', 'ready', 'ready']);
    expect(result.items[3]).toEqual({ subject: 'Isotretinoin', status: 'ready' });
  });

  it('says when to come instead when a use was too recent', () => {
    const result = evaluate({
      now: '2026-12-03T12:00:00Z',
      lastOccurrences: {
        Retinoids: '2026-12-03T11:00',
        'Auto-immune treatments': null,
        'Sun exposure': null,
        Isotretinoin: null,
      },
    });
    expect(result.overall).toBe('not-ready');
    expect(result.items[0]).toEqual({
      subject: 'Retinoids',
      status: 'too-recent',
      earliestAppointment: '2026-12-04T11:00',
    });
  });
});

describe('evaluateReadiness: boundaries', () => {
  it('counts a use exactly at the boundary as ready and a minute later as too recent', () => {
    expect(single(retinoids, '2026-12-04T10:00', '2026-12-03T10:00').items[0]).toEqual({
      subject: 'Retinoids',
      status: 'ready',
      stopBy: '2026-12-03T10:00',
    });
    expect(single(retinoids, '2026-12-04T10:00', '2026-12-03T10:01').items[0]).toEqual({
      subject: 'Retinoids',
      status: 'too-recent',
      earliestAppointment: '2026-12-04T10:01',
    });
  });

  it('does the same for not-eligible precautions', () => {
    expect(single(isotretinoin, '2026-12-04T10:00', '2026-06-04T10:00').items[0]).toEqual({
      subject: 'Isotretinoin',
      status: 'ready',
    });
    expect(single(isotretinoin, '2026-12-04T10:00', '2026-06-04T10:01').items[0]).toEqual({
      subject: 'Isotretinoin',
      status: 'not-eligible',
      eligibleFrom: '2026-12-04T10:01',
    });
  });

  it('treats consult like avoid', () => {
    const peel = precaution('Chemical peel', 2, 'week', { kind: 'procedure', advice: 'consult' });
    expect(single(peel, '2026-12-04T10:00', '2026-11-20T10:00').items[0]).toEqual({
      subject: 'Chemical peel',
      status: 'ready',
      stopBy: '2026-11-20T10:00',
    });
    expect(single(peel, '2026-12-04T10:00', '2026-11-25T08:00').items[0]).toEqual({
      subject: 'Chemical peel',
      status: 'too-recent',
      earliestAppointment: '2026-12-09T08:00',
    });
  });
});

describe('evaluateReadiness: after-care, unanswered questions and the overall verdict', () => {
  const sunAfter = precaution('Sun exposure', 2, 'week', {
    kind: 'activity',
    relation: 'after',
    reason: 'Treated skin burns easily.',
  });

  it('gives after-care items avoidUntil, never blocks on them and needs no answer for them', () => {
    const result = evaluate({ precautions: [sunAfter], lastOccurrences: {} });
    expect(result).toEqual({
      overall: 'ready',
      items: [
        {
          subject: 'Sun exposure',
          status: 'ready',
          avoidUntil: '2026-12-18T10:00',
          reason: 'Treated skin burns easily.',
        },
      ],
    });
  });

  it('ignores an answer given for an after-care-only subject', () => {
    const result = evaluate({
      precautions: [sunAfter],
      lastOccurrences: { 'Sun exposure': '2030-01-01T00:00' },
    });
    expect(result.items[0]?.status).toBe('ready');
  });

  it('marks an unanswered before-precaution unknown, still with its stopBy, and the result incomplete', () => {
    const result = evaluate({
      lastOccurrences: { Retinoids: null, 'Sun exposure': null, Isotretinoin: null },
    });
    expect(result.overall).toBe('incomplete');
    expect(result.items[1]).toEqual({
      subject: 'Auto-immune treatments',
      status: 'unknown',
      stopBy: '2026-12-03T10:00',
    });
    expect(evaluate({ lastOccurrences: {} }).items[3]).toEqual({
      subject: 'Isotretinoin',
      status: 'unknown',
    });
  });

  it('lets a blocking verdict win over an unanswered one', () => {
    const result = evaluate({
      now: '2026-12-03T12:00:00Z',
      lastOccurrences: { Retinoids: '2026-12-03T11:00' },
    });
    expect(result.overall).toBe('not-ready');
    expect(result.items.map((item) => item.status)).toEqual(['too-recent', 'unknown', 'unknown', 'unknown']);
  });

  it('is ready with no precautions at all', () => {
    expect(evaluate({ precautions: [] })).toEqual({ overall: 'ready', items: [] });
  });

  it('keeps the order of the precautions and carries reasons only when present', () => {
    const result = evaluate({
      precautions: [
        { ...isotretinoin, reason: 'Skin heals poorly for months.' },
        { ...sun, reason: null },
        { ...retinoids, reason: '' },
        sunAfter,
      ],
    });
    expect(result.items.map((item) => item.subject)).toEqual([
      'Isotretinoin',
      'Sun exposure',
      'Retinoids',
      'Sun exposure',
    ]);
    expect(result.items.map((item) => item.reason)).toEqual([
      'Skin heals poorly for months.',
      undefined,
      undefined,
      'Treated skin burns easily.',
    ]);
    expect(Object.keys(result.items[1] ?? {})).not.toContain('reason');
  });

  it('only counts own keys as answers', () => {
    const result = evaluate({ precautions: [precaution('constructor', 1, 'day')], lastOccurrences: {} });
    expect(result.items[0]?.status).toBe('unknown');
  });

  it('does not change its input', () => {
    const input: ReadinessInput = {
      precautions: microneedling.map((p) => ({ ...p })),
      appointmentAt: '2026-12-04T10:00',
      timeZone: 'Europe/Berlin',
      lastOccurrences: { Retinoids: '2026-12-02T20:00' },
      now: '2026-12-03T08:00:00Z',
    };
    const copy = structuredClone(input);
    expect(evaluateReadiness(input)).toEqual(evaluateReadiness(copy));
    expect(input).toEqual(copy);
  });
});

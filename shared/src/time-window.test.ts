import { describeDowntime, describeResultsOnset, formatRange, formatWindow, inTheLast } from './time-window';

describe('formatWindow', () => {
  it.each([
    [24, 'hour', '24 hours'],
    [1, 'hour', '1 hour'],
    [1, 'day', '1 day'],
    [2, 'week', '2 weeks'],
    [6, 'month', '6 months'],
  ] as const)('%d %s → %s', (value, unit, expected) => {
    expect(formatWindow(value, unit)).toBe(expected);
  });

  it('says one month without a plural', () => {
    expect(formatWindow(1, 'month')).toBe('1 month');
  });
});

describe('inTheLast', () => {
  it('drops the number for one unit', () => {
    expect(inTheLast(1, 'month')).toBe('in the last month');
    expect(inTheLast(6, 'month')).toBe('in the last 6 months');
  });
});

describe('describeResultsOnset', () => {
  it('reads a range, a single value and a range from zero', () => {
    expect(describeResultsOnset({ min: 3, max: 12, unit: 'month' })).toBe('Results build over 3–12 months');
    expect(describeResultsOnset({ min: 6, max: 6, unit: 'week' })).toBe('Results build over 6 weeks');
    expect(describeResultsOnset({ min: 0, max: 2, unit: 'week' })).toBe('Results show within 2 weeks');
    expect(describeResultsOnset({ min: 0, max: 0, unit: 'day' })).toBe('Results show straight away');
  });
});

describe('describeDowntime', () => {
  it('reads a range, one unit, and none', () => {
    expect(describeDowntime({ min: 1, max: 3, unit: 'day' })).toBe('1–3 days');
    expect(describeDowntime({ min: 1, max: 1, unit: 'day' })).toBe('1 day');
    expect(describeDowntime({ min: 0, max: 0, unit: 'day' })).toBe('None');
  });
});

describe('formatRange', () => {
  it.each([
    [{ min: 3, max: 12, unit: 'month' as const }, '3–12 months'],
    [{ min: 24, max: 24, unit: 'hour' as const }, '24 hours'],
    [{ min: 1, max: 1, unit: 'day' as const }, '1 day'],
    [{ min: 0, max: 1, unit: 'day' as const }, '0–1 days'],
    [{ min: 0, max: 0, unit: 'week' as const }, '0 weeks'],
  ])('%j → %s', (range, text) => {
    expect(formatRange(range)).toBe(text);
  });
});

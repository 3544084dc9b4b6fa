import { median, percentile, summarizeTimings } from './stats';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('percentile', () => {
  it('takes the nearest rank, so the figure is always one that was measured', () => {
    const tens = [100, 10, 90, 20, 80, 30, 70, 40, 60, 50];
    expect(percentile(tens, 90)).toBe(90);
    expect(percentile(tens, 91)).toBe(100);
    expect(percentile(tens, 100)).toBe(100);
    expect(percentile(tens, 0)).toBe(10);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 90)).toBeNaN();
  });
});

describe('summarizeTimings', () => {
  it('gives the median, p90 and the extremes', () => {
    expect(summarizeTimings([3, 1, 2, 5, 4])).toEqual({ medianMs: 3, p90Ms: 5, minMs: 1, maxMs: 5 });
    expect(summarizeTimings([]).medianMs).toBeNaN();
  });
});

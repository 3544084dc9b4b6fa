import { detectTimeZone } from './time-zone';

describe('detectTimeZone', () => {
  const original = Intl.DateTimeFormat;
  afterEach(() => {
    Intl.DateTimeFormat = original;
  });

  it('is the browser’s zone', () => {
    expect(detectTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('falls back to UTC when the browser names no usable zone', () => {
    const fake = jest.fn(() => ({ resolvedOptions: () => ({ timeZone: undefined }) }));
    Intl.DateTimeFormat = fake as unknown as typeof Intl.DateTimeFormat;
    expect(detectTimeZone()).toBe('UTC');
  });
});

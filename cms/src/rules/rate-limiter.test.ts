import { SlidingWindowLimiter } from './rate-limiter';

describe('SlidingWindowLimiter', () => {
  it('allows `limit` hits per window per key and says when to retry', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter(2, 60_000, () => now);
    expect(limiter.hit('a')).toEqual({ allowed: true });
    now = 10_000;
    expect(limiter.hit('a')).toEqual({ allowed: true });
    expect(limiter.hit('b')).toEqual({ allowed: true });
    now = 20_000;
    expect(limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 40 });
    now = 60_000;
    expect(limiter.hit('a')).toEqual({ allowed: true });
  });
});

/** @jest-environment node */
import { createMemoryAttemptStore } from './attempt-store';
import { LOGIN_LIMITS, createLoginThrottle, tooManyAttemptsMessage } from './login-throttle';

const MINUTE = 60_000;
const START = Date.UTC(2026, 0, 1, 9, 0, 0);

/** A throttle on a clock the test moves by hand. */
function throttleAt() {
  const clock = { now: START };
  const now = () => clock.now;
  const throttle = createLoginThrottle({ store: createMemoryAttemptStore(now), now });
  return { clock, throttle };
}

async function fail(
  throttle: ReturnType<typeof createLoginThrottle>,
  account: string,
  address: string,
  times: number,
) {
  for (let i = 0; i < times; i += 1) await throttle.recordFailure(account, address);
}

describe('the moderator login throttle', () => {
  it('allows 5 failures for one account from one address, then says how long to wait', async () => {
    const { clock, throttle } = throttleAt();
    await fail(throttle, 'mod@example.com', '203.0.113.1', 4);
    expect(await throttle.check('mod@example.com', '203.0.113.1')).toEqual({ allowed: true });

    clock.now += MINUTE;
    await throttle.recordFailure('mod@example.com', '203.0.113.1');
    // The oldest failure leaves the 15-minute window 14 minutes from now.
    expect(await throttle.check('mod@example.com', '203.0.113.1')).toEqual({
      allowed: false,
      retryAfterSeconds: 14 * 60,
    });
  });

  it('counts the account case-insensitively', async () => {
    const { throttle } = throttleAt();
    await fail(throttle, 'Mod@Example.com', '203.0.113.1', 5);
    expect((await throttle.check(' mod@example.com', '203.0.113.1')).allowed).toBe(false);
  });

  it('never locks the account’s owner out from another address', async () => {
    const { throttle } = throttleAt();
    await fail(throttle, 'mod@example.com', '203.0.113.1', 50);
    expect((await throttle.check('mod@example.com', '203.0.113.1')).allowed).toBe(false);
    expect(await throttle.check('mod@example.com', '198.51.100.9')).toEqual({ allowed: true });
  });

  it('allows 20 failures from one address over all accounts, then refuses every account from there', async () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < LOGIN_LIMITS.perAddress - 1; i += 1) {
      await throttle.recordFailure(`user${i}@example.com`, '203.0.113.1');
    }
    expect((await throttle.check('fresh@example.com', '203.0.113.1')).allowed).toBe(true);
    await throttle.recordFailure('another@example.com', '203.0.113.1');
    expect(await throttle.check('fresh@example.com', '203.0.113.1')).toEqual({
      allowed: false,
      retryAfterSeconds: 15 * 60,
    });
    expect((await throttle.check('fresh@example.com', '198.51.100.9')).allowed).toBe(true);
  });

  it('lets attempts in again once the failures leave the window', async () => {
    const { clock, throttle } = throttleAt();
    await fail(throttle, 'mod@example.com', '203.0.113.1', 5);
    clock.now += LOGIN_LIMITS.windowMs - 1000;
    expect(await throttle.check('mod@example.com', '203.0.113.1')).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
    clock.now += 1000;
    expect(await throttle.check('mod@example.com', '203.0.113.1')).toEqual({ allowed: true });
  });

  it('forgets an account’s failures from an address after a correct password there', async () => {
    const { throttle } = throttleAt();
    await fail(throttle, 'mod@example.com', '203.0.113.1', 4);
    await throttle.recordSuccess('mod@example.com', '203.0.113.1');
    await fail(throttle, 'mod@example.com', '203.0.113.1', 4);
    expect(await throttle.check('mod@example.com', '203.0.113.1')).toEqual({ allowed: true });
  });

  it('keeps the address’s total after a correct password, so one good account does not reset it', async () => {
    const { throttle } = throttleAt();
    await fail(throttle, 'other@example.com', '203.0.113.1', LOGIN_LIMITS.perAddress);
    await throttle.recordSuccess('mod@example.com', '203.0.113.1');
    expect((await throttle.check('mod@example.com', '203.0.113.1')).allowed).toBe(false);
  });
});

describe('tooManyAttemptsMessage', () => {
  it('says to wait, in whole minutes rounded up', () => {
    expect(tooManyAttemptsMessage(14 * 60)).toBe('Too many attempts. Try again in 14 minutes.');
    expect(tooManyAttemptsMessage(61)).toBe('Too many attempts. Try again in 2 minutes.');
    expect(tooManyAttemptsMessage(1)).toBe('Too many attempts. Try again in 1 minute.');
  });
});

describe('the in-memory attempt store', () => {
  it('returns the attempts since a time, oldest first, and forgets them on clear', async () => {
    const store = createMemoryAttemptStore(() => START);
    await store.add('k', START - 3000, MINUTE);
    await store.add('k', START - 1000, MINUTE);
    expect(await store.recent('k', START - 2000)).toEqual([START - 1000]);
    expect(await store.recent('k', 0)).toEqual([START - 3000, START - 1000]);
    await store.clear('k');
    expect(await store.recent('k', 0)).toEqual([]);
  });

  it('drops attempts older than the window when it records a new one', async () => {
    const store = createMemoryAttemptStore(() => START);
    await store.add('k', START - 2 * MINUTE, MINUTE);
    await store.add('k', START, MINUTE);
    expect(await store.recent('k', 0)).toEqual([START]);
  });
});

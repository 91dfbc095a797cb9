import { describe, expect, it } from 'vitest';
import { createSignInThrottle, type SignInAttempt, type SignInThrottleOptions } from './sign-in-throttle';

function setup(options: Partial<SignInThrottleOptions> = {}) {
  let now = Date.parse('2026-12-07T09:00:00.000Z');
  const throttle = createSignInThrottle({ clock: () => new Date(now), ...options });
  return {
    throttle,
    advance: (ms: number) => (now += ms),
    /** A failed try: asks, and never says it succeeded. */
    fail: (account: string, address: string): SignInAttempt => throttle.begin(account, address),
  };
}

function failTimes(fail: (account: string, address: string) => SignInAttempt, times: number, account: string, address: string) {
  return Array.from({ length: times }, () => fail(account, address).allowed);
}

describe('sign-in throttle', () => {
  it('lets five failures through, then refuses with a wait that doubles with each further failure', () => {
    const { throttle, advance, fail } = setup();
    expect(failTimes(fail, 5, 'desk@bureau.test', '10.0.0.1')).toEqual([true, true, true, true, true]);
    expect(throttle.begin('desk@bureau.test', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 15 });
    advance(10_000);
    expect(throttle.begin('desk@bureau.test', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 5 });
    advance(5_000);
    expect(fail('desk@bureau.test', '10.0.0.1').allowed).toBe(true);
    expect(throttle.begin('desk@bureau.test', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    advance(30_000);
    fail('desk@bureau.test', '10.0.0.1');
    expect(throttle.begin('desk@bureau.test', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('refuses the right password too while locked, and hammering does not lengthen the wait', () => {
    const { throttle, advance, fail } = setup();
    failTimes(fail, 5, 'desk@bureau.test', '10.0.0.1');
    for (let index = 0; index < 50; index += 1) expect(throttle.begin('desk@bureau.test', '10.0.0.1').allowed).toBe(false);
    advance(15_000);
    const attempt = throttle.begin('desk@bureau.test', '10.0.0.1');
    expect(attempt.allowed).toBe(true);
  });

  it('caps the wait at 15 minutes', () => {
    const { throttle, advance, fail } = setup();
    failTimes(fail, 5, 'desk@bureau.test', '10.0.0.1');
    for (let index = 0; index < 12; index += 1) {
      advance(15 * 60_000);
      expect(fail('desk@bureau.test', '10.0.0.1').allowed).toBe(true);
    }
    expect(throttle.begin('desk@bureau.test', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 900 });
  });

  it('forgets the account’s failures on a success', () => {
    const { throttle, fail } = setup();
    failTimes(fail, 4, 'desk@bureau.test', '10.0.0.1');
    const right = throttle.begin('desk@bureau.test', '10.0.0.1');
    if (!right.allowed) throw new Error('the fifth try should be allowed');
    right.succeeded();
    expect(failTimes(fail, 5, 'desk@bureau.test', '10.0.0.1')).toEqual([true, true, true, true, true]);
    expect(throttle.begin('desk@bureau.test', '10.0.0.1').allowed).toBe(false);
  });

  it('counts tries sent at once before any of them is answered', () => {
    const { throttle } = setup();
    const inFlight = Array.from({ length: 8 }, () => throttle.begin('desk@bureau.test', '10.0.0.1').allowed);
    expect(inFlight).toEqual([true, true, true, true, true, false, false, false]);
  });

  it('does not lock the same account for someone at another address', () => {
    const { throttle, fail } = setup();
    failTimes(fail, 30, 'desk@bureau.test', '203.0.113.9');
    expect(throttle.begin('desk@bureau.test', '203.0.113.9').allowed).toBe(false);
    expect(throttle.begin('desk@bureau.test', '10.0.0.1').allowed).toBe(true);
  });

  it('cannot lock an account for others from one address however long it keeps trying', () => {
    const { throttle, advance, fail } = setup();
    for (let hour = 0; hour < 48; hour += 1) {
      fail('desk@bureau.test', '203.0.113.9');
      advance(15 * 60_000);
    }
    expect(throttle.begin('desk@bureau.test', '10.0.0.1').allowed).toBe(true);
  });

  it('locks an account everywhere once failures come from several addresses (a spread brute force)', () => {
    const { throttle, fail } = setup();
    for (const address of ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4']) {
      failTimes(fail, 5, 'desk@bureau.test', address);
    }
    expect(throttle.begin('desk@bureau.test', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 15 });
    expect(throttle.begin('reporter@bureau.test', '10.0.0.1').allowed).toBe(true);
  });

  it('limits one address trying many accounts, and a success on one’s own account does not clear that', () => {
    const { throttle, fail } = setup();
    for (let index = 0; index < 20; index += 1) fail(`user-${index}@bureau.test`, '203.0.113.9');
    expect(throttle.begin('someone-else@bureau.test', '203.0.113.9')).toEqual({ allowed: false, retryAfterSeconds: 15 });
    expect(throttle.begin('someone-else@bureau.test', '10.0.0.1').allowed).toBe(true);
  });

  it('never locks a shared address whose people mistype now and then, all day long', () => {
    const { throttle, advance, fail } = setup();
    for (let index = 0; index < 200; index += 1) {
      expect(fail(`reporter-${index % 40}@bureau.test`, '203.0.113.9').allowed).toBe(true);
      advance(4 * 60_000);
    }
    expect(throttle.begin('desk@bureau.test', '203.0.113.9').allowed).toBe(true);
  });

  it('takes back only its own provisional failure from the address on a success', () => {
    const { throttle, fail } = setup();
    for (let index = 0; index < 19; index += 1) fail(`user-${index}@bureau.test`, '203.0.113.9');
    const own = throttle.begin('mine@bureau.test', '203.0.113.9');
    if (!own.allowed) throw new Error('the twentieth try should be allowed');
    expect(throttle.begin('other@bureau.test', '203.0.113.9').allowed).toBe(false);
    own.succeeded();
    expect(fail('other@bureau.test', '203.0.113.9').allowed).toBe(true);
    expect(throttle.begin('other-still@bureau.test', '203.0.113.9').allowed).toBe(false);
  });

  it('treats one IPv6 /64 as one address, and an IPv4-mapped address as the IPv4 one', () => {
    const { throttle, fail } = setup();
    failTimes(fail, 5, 'desk@bureau.test', '2001:db8:1:2::1');
    expect(throttle.begin('desk@bureau.test', '2001:0db8:0001:0002:ffff:0:0:9').allowed).toBe(false);
    expect(throttle.begin('desk@bureau.test', '2001:db8:1:3::1').allowed).toBe(true);
    failTimes(fail, 5, 'desk@bureau.test', '::ffff:192.0.2.7');
    expect(throttle.begin('desk@bureau.test', '192.0.2.7').allowed).toBe(false);
  });

  it('compares emails case-insensitively', () => {
    const { throttle, fail } = setup();
    failTimes(fail, 5, 'Desk@Bureau.test', '10.0.0.1');
    expect(throttle.begin('desk@bureau.test', '10.0.0.1').allowed).toBe(false);
  });

  it('forgets failures an hour after the last one', () => {
    const { throttle, advance, fail } = setup();
    failTimes(fail, 5, 'desk@bureau.test', '10.0.0.1');
    advance(60 * 60_000 + 1);
    expect(failTimes(fail, 5, 'desk@bureau.test', '10.0.0.1')).toEqual([true, true, true, true, true]);
    expect(throttle.begin('desk@bureau.test', '10.0.0.1').allowed).toBe(false);
  });

  it('keeps memory bounded under a flood of random emails from random addresses', () => {
    const { throttle, fail } = setup({ maxEntries: 100 });
    for (let index = 0; index < 5_000; index += 1) fail(`random-${index}@example.test`, `10.${index >> 8 & 255}.${index & 255}.1`);
    expect(throttle.size()).toEqual({ accountAtAddress: 100, address: 100, account: 100 });
  });

  it('keeps the keys that hold a lock when a flood of new keys pushes others out', () => {
    const { throttle, fail } = setup({ maxEntries: 3 });
    failTimes(fail, 5, 'desk@bureau.test', '10.0.0.2');
    for (let index = 0; index < 50; index += 1) fail(`flood-${index}@example.test`, `10.1.0.${index}`);
    expect(throttle.begin('desk@bureau.test', '10.0.0.2').allowed).toBe(false);
  });
});

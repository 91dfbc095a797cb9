import { describe, expect, it } from 'vitest';
import { definePasswordHasherContract } from '../../../tests/contract/password-hasher-contract';
import { createScryptPasswordHasher } from './scrypt-password-hasher';

const fast = createScryptPasswordHasher({ cost: { N: 2 ** 10, r: 8, p: 1 } });

describe('scrypt password hasher (server)', () => {
  it('hashes with the default cost into a string that names algorithm, parameters and salt, and verifies it', async () => {
    const hasher = createScryptPasswordHasher();
    const hash = await hasher.hash('bureau-demo');
    expect(hash).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(await hasher.verify('bureau-demo', hash)).toBe(true);
    expect(await hasher.verify('Bureau-demo', hash)).toBe(false);
  }, 20_000);

  it('checks a hash with the cost it names, whatever new hashes use', async () => {
    const old = await createScryptPasswordHasher({ cost: { N: 2 ** 11, r: 4, p: 2 } }).hash('비밀번호');
    expect(old).toMatch(/^scrypt\$2048\$4\$2\$/);
    expect(await fast.verify('비밀번호', old)).toBe(true);
  });

  it.each([
    ['another algorithm', 'pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA'],
    ['missing part', 'scrypt$1024$8$1$c2FsdHNhbHRzYWx0'],
    ['N not a power of two', 'scrypt$1000$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA'],
    ['N beyond the memory bound', 'scrypt$4194304$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA'],
    ['r of zero', 'scrypt$1024$0$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA'],
    ['salt not base64', 'scrypt$1024$8$1$not base64!$aGFzaGhhc2hoYXNoaGFzaA'],
    ['hash too short', 'scrypt$1024$8$1$c2FsdHNhbHRzYWx0$aGFzaA'],
  ])('answers false, never throws, for a malformed hash (%s)', async (_name, hash) => {
    expect(await fast.verify('bureau-demo', hash)).toBe(false);
  });

  it('checks a hash stored by earlier releases (same format, default cost)', async () => {
    // Made by the hasher of issue 3; accounts created then must keep signing in.
    const stored = 'scrypt$32768$8$3$tzFIQ8XPKm/9uBUKrWgk6w$tmDssp23/GZ+yHWEuR8wPuHxAP6NlkR64lTjsREdwH4';
    const hasher = createScryptPasswordHasher();
    expect(await hasher.verify('기자 비밀번호 2017', stored)).toBe(true);
    expect(await hasher.verify('기자 비밀번호 2018', stored)).toBe(false);
  }, 20_000);

  it('leaves the event loop free while it hashes (scrypt runs on the thread pool)', async () => {
    const hasher = createScryptPasswordHasher();
    let ticks = 0;
    let ticking = true;
    const tick = () => {
      ticks += 1;
      if (ticking) setTimeout(tick, 1);
    };
    setTimeout(tick, 1);
    const hashes = await Promise.all(['one', 'two', 'three', 'four'].map((password) => hasher.hash(password)));
    ticking = false;
    // Four default-cost hashes take a good part of a second of CPU: a timer that gets its turn keeps ticking all along.
    // A blocking hasher (scryptSync) would let it tick at most once, after the last hash.
    expect(hashes).toHaveLength(4);
    expect(ticks).toBeGreaterThanOrEqual(10);
  }, 20_000);

  it('computes at most `concurrency` hashes at once, the others in turn', async () => {
    const running = { now: 0, most: 0 };
    const releases: Array<() => void> = [];
    const hasher = createScryptPasswordHasher({
      concurrency: 2,
      derive: (_password, _salt, length) =>
        new Promise((resolve) => {
          running.now += 1;
          running.most = Math.max(running.most, running.now);
          releases.push(() => {
            running.now -= 1;
            resolve(Buffer.alloc(length, 7));
          });
        }),
    });
    const hashes = Promise.all(['1', '2', '3', '4', '5'].map((password) => hasher.hash(password)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(releases).toHaveLength(2);
    while (releases.length > 0) {
      releases.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await hashes).toHaveLength(5);
    expect(running.most).toBe(2);
  });

  it('refuses to be built with a cost it would refuse to check', () => {
    expect(() => createScryptPasswordHasher({ cost: { N: 1000, r: 8, p: 1 } })).toThrow(/scrypt cost/);
  });
});

definePasswordHasherContract('scrypt', fast);

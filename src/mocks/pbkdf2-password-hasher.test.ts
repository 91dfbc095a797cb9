import { describe, expect, it } from 'vitest';
import { definePasswordHasherContract } from '../../tests/contract/password-hasher-contract';
import { createPbkdf2PasswordHasher } from './pbkdf2-password-hasher';

const fast = createPbkdf2PasswordHasher({ iterations: 1000 });

describe('PBKDF2 password hasher (browser mock)', () => {
  it('hashes with the default cost into a string that names algorithm, iterations and salt, and verifies it', async () => {
    const hasher = createPbkdf2PasswordHasher();
    const hash = await hasher.hash('bureau-demo');
    expect(hash).toMatch(/^pbkdf2-sha256\$310000\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(await hasher.verify('bureau-demo', hash)).toBe(true);
    expect(await hasher.verify('bureau-demo ', hash)).toBe(false);
  });

  it('checks a hash with the iterations it names, whatever new hashes use', async () => {
    const old = await createPbkdf2PasswordHasher({ iterations: 500 }).hash('비밀번호');
    expect(await fast.verify('비밀번호', old)).toBe(true);
  });

  it.each([
    ['another algorithm', 'scrypt$32768$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA'],
    ['missing part', 'pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0'],
    ['zero iterations', 'pbkdf2-sha256$0$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA'],
    ['absurd iterations', 'pbkdf2-sha256$99999999$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA'],
    ['salt not base64', 'pbkdf2-sha256$1000$not base64!$aGFzaGhhc2hoYXNoaGFzaA'],
    ['salt too short', 'pbkdf2-sha256$1000$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA'],
    ['hash too short', 'pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0$aGFzaA'],
  ])('answers false, never throws, for a malformed hash (%s)', async (_name, hash) => {
    expect(await fast.verify('bureau-demo', hash)).toBe(false);
  });

  it('refuses to be built with a nonsensical cost', () => {
    expect(() => createPbkdf2PasswordHasher({ iterations: 0 })).toThrow(/iterations/);
  });
});

definePasswordHasherContract('PBKDF2', fast);

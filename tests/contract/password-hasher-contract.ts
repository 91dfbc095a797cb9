import { describe, expect, it } from 'vitest';
import type { PasswordHasher } from '../../src/services/password-hasher';

/** What every `PasswordHasher` must do, whatever its algorithm. `fast` is the hasher at a cost cheap enough for tests. */
export function definePasswordHasherContract(name: string, fast: PasswordHasher): void {
  describe(`password hasher contract: ${name}`, () => {
    it('refuses a wrong password', async () => {
      expect(await fast.verify('wrong', await fast.hash('right'))).toBe(false);
    });

    it('salts every hash, so one password hashes differently each time', async () => {
      const [first, second] = await Promise.all([fast.hash('same'), fast.hash('same')]);
      expect(first).not.toBe(second);
      expect(await fast.verify('same', first)).toBe(true);
      expect(await fast.verify('same', second)).toBe(true);
    });

    it('treats a password typed as conjoining jamo (NFD) like the composed syllables (NFC)', async () => {
      const hash = await fast.hash('광주비번');
      expect(await fast.verify('광주비번'.normalize('NFD'), hash)).toBe(true);
    });

    it.each([['empty', ''], ['plain text', 'bureau-demo']])('answers false, never throws, for %s as the hash', async (_label, hash) => {
      expect(await fast.verify('bureau-demo', hash)).toBe(false);
    });
  });
}

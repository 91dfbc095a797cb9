/** No 0/O, 1/l/I: read aloud over the phone or copied from a screen, nothing is mistaken for something else. */
const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * A temporary password an admin hands on: four groups of four (80 bits of randomness from `getRandomValues`, which
 * the browser mock and Node both offer), e.g. `k7mq-x9pa-2hdt-weu4`.
 */
export function createTemporaryPassword(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  // 256 is a multiple of 32: taking each byte modulo the alphabet's size is uniform.
  const characters = Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
  return [0, 4, 8, 12].map((start) => characters.slice(start, start + 4)).join('-');
}

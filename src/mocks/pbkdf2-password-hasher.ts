import { constantTimeEqual } from '../services/constant-time-equal';
import type { PasswordHasher } from '../services/password-hasher';

export interface Pbkdf2PasswordHasherOptions {
  /**
   * PBKDF2-HMAC-SHA-256 rounds for new hashes. Default 310 000 (OWASP's 2021 figure; its 2023 sheet says 600 000):
   * ~65 ms a hash on a 2-core server, so seeding the four demo accounts costs a quarter of a second on a fresh
   * browser. Existing hashes are checked with the count they name.
   */
  iterations?: number;
  /** Web Crypto. Default `globalThis.crypto`; the mock runs in a service worker's page, a secure context. */
  crypto?: Crypto;
}

const algorithm = 'pbkdf2-sha256';
const saltBytes = 16;
const hashBytes = 32;
/** Bounds on what a stored hash may ask for, so a damaged or planted row cannot make a sign-in spin for minutes. */
const maxIterations = 10_000_000;
const base64Pattern = /^[A-Za-z0-9+/]+={0,2}$/;

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/=+$/, '');
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!base64Pattern.test(text)) return null;
  try {
    return Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
  } catch {
    return null;
  }
}

interface ParsedHash {
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
  hash: Uint8Array<ArrayBuffer>;
}

/** `pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>`, or null when it is anything else. */
function parseHash(text: string): ParsedHash | null {
  const parts = text.split('$');
  if (parts.length !== 4 || parts[0] !== algorithm || !/^[1-9]\d{0,7}$/.test(parts[1]!)) return null;
  const iterations = Number(parts[1]);
  const salt = fromBase64(parts[2]!);
  const hash = fromBase64(parts[3]!);
  if (iterations > maxIterations || salt === null || salt.length < 8 || hash === null || hash.length < 16 || hash.length > 64) {
    return null;
  }
  return { iterations, salt, hash };
}

/**
 * The browser mock's password hasher: PBKDF2-HMAC-SHA-256 from Web Crypto, a random 16-byte salt per hash, and a
 * hash string that names the algorithm and its parameters. Passwords are NFC-normalised first, so a password typed
 * as composed Hangul syllables matches the same password typed as conjoining jamo.
 */
export function createPbkdf2PasswordHasher(options: Pbkdf2PasswordHasherOptions = {}): PasswordHasher {
  const iterations = options.iterations ?? 310_000;
  const webCrypto = options.crypto ?? globalThis.crypto;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > maxIterations) {
    throw new Error(`PBKDF2 iterations must be an integer from 1 to ${maxIterations}`);
  }

  async function derive(password: string, salt: Uint8Array<ArrayBuffer>, rounds: number, length: number): Promise<Uint8Array> {
    const key = await webCrypto.subtle.importKey('raw', new TextEncoder().encode(password.normalize('NFC')), 'PBKDF2', false, [
      'deriveBits',
    ]);
    const bits = await webCrypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: rounds }, key, length * 8);
    return new Uint8Array(bits);
  }

  return {
    async hash(password) {
      const salt = webCrypto.getRandomValues(new Uint8Array(saltBytes));
      const hash = await derive(password, salt, iterations, hashBytes);
      return `${algorithm}$${iterations}$${toBase64(salt)}$${toBase64(hash)}`;
    },

    async verify(password, stored) {
      const parsed = parseHash(stored);
      if (parsed === null) return false;
      return constantTimeEqual(await derive(password, parsed.salt, parsed.iterations, parsed.hash.length), parsed.hash);
    },
  };
}

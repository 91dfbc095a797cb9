import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { createConcurrencyLimit } from '../photos/concurrency-limit';
import type { PasswordHasher } from '../../services/password-hasher';

export interface ScryptCost {
  /** CPU/memory cost, a power of two. */
  N: number;
  /** Block size. */
  r: number;
  /** Parallelism (run one after another by Node: it multiplies the time, not the memory). */
  p: number;
}

export interface ScryptPasswordHasherOptions {
  /**
   * Cost of new hashes. Default N=2^15, r=8, p=3: one of OWASP's equivalent scrypt settings (N=2^17, r=8, p=1 needs
   * 128 MiB a sign-in; this needs 32 MiB), about 0.3 s a hash on a 2-core server. Existing hashes are checked with
   * the cost they name.
   */
  cost?: ScryptCost;
  /**
   * Hashes computed at once; the others wait their turn (default: one fewer than the CPU cores, at least one). scrypt
   * runs on libuv's thread pool, off the event loop, but it still takes a whole core: a flood of sign-ins must leave
   * a core to the event loop, which runs every save, and thread-pool threads to file reads.
   */
  concurrency?: number;
  /** Derives the key (node:crypto's scrypt by default); tests replace it to watch the concurrency. */
  derive?: (password: string, salt: Buffer, length: number, cost: ScryptCost) => Promise<Buffer>;
}

const algorithm = 'scrypt';
const saltBytes = 16;
const hashBytes = 32;
/** Bounds on what a stored hash may ask for, so a damaged or planted row cannot exhaust memory or time. */
const limits = { maxN: 2 ** 20, maxR: 32, maxP: 16 };
const base64Pattern = /^[A-Za-z0-9+/]+={0,2}$/;

function nodeScrypt(password: string, salt: Buffer, length: number, cost: ScryptCost): Promise<Buffer> {
  // Node refuses above 32 MiB unless told: allow what these parameters need (128·N·r·p for p lanes run in turn
  // is 128·N·r at a time) with room to spare.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => {
    scrypt(password, salt, length, options, (error, derived) => (error ? reject(error) : resolve(derived)));
  });
}

function isPowerOfTwo(value: number): boolean {
  return Number.isInteger(value) && value > 1 && (value & (value - 1)) === 0;
}

function isValidCost({ N, r, p }: ScryptCost): boolean {
  return isPowerOfTwo(N) && N <= limits.maxN && Number.isInteger(r) && r >= 1 && r <= limits.maxR && Number.isInteger(p) && p >= 1 && p <= limits.maxP;
}

interface ParsedHash {
  cost: ScryptCost;
  salt: Buffer;
  hash: Buffer;
}

/** `scrypt$<N>$<r>$<p>$<salt, base64>$<hash, base64>`, or null when it is anything else. */
function parseHash(text: string): ParsedHash | null {
  const parts = text.split('$');
  if (parts.length !== 6 || parts[0] !== algorithm) return null;
  const [, nText, rText, pText, saltText, hashText] = parts as [string, string, string, string, string, string];
  if (![nText, rText, pText].every((part) => /^[1-9]\d{0,7}$/.test(part))) return null;
  if (!base64Pattern.test(saltText) || !base64Pattern.test(hashText)) return null;
  const cost = { N: Number(nText), r: Number(rText), p: Number(pText) };
  const salt = Buffer.from(saltText, 'base64');
  const hash = Buffer.from(hashText, 'base64');
  if (!isValidCost(cost) || salt.length < 8 || hash.length < 16 || hash.length > 64) return null;
  return { cost, salt, hash };
}

/** The server's password hasher: scrypt from node:crypto, a random 16-byte salt per hash, parameters in the string. */
export function createScryptPasswordHasher(options: ScryptPasswordHasherOptions = {}): PasswordHasher {
  const cost = options.cost ?? { N: 2 ** 15, r: 8, p: 3 };
  if (!isValidCost(cost)) throw new Error(`scrypt cost out of range: N a power of two up to 2^20, r 1–32, p 1–16`);
  const derive = options.derive ?? nodeScrypt;
  const limit = createConcurrencyLimit(options.concurrency ?? Math.max(1, availableParallelism() - 1));
  const scryptAsync = (password: string, salt: Buffer, length: number, hashCost: ScryptCost) =>
    limit(() => derive(password.normalize('NFC'), salt, length, hashCost));

  return {
    async hash(password) {
      const salt = randomBytes(saltBytes);
      const hash = await scryptAsync(password, salt, hashBytes, cost);
      const encode = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');
      return `${algorithm}$${cost.N}$${cost.r}$${cost.p}$${encode(salt)}$${encode(hash)}`;
    },

    async verify(password, stored) {
      const parsed = parseHash(stored);
      if (parsed === null) return false;
      const derived = await scryptAsync(password, parsed.salt, parsed.hash.length, parsed.cost);
      return timingSafeEqual(derived, parsed.hash);
    },
  };
}

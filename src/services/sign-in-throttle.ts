import { clientAddressKey } from './client-address-key';
import { RecencyBoundedMap } from './recency-bounded-map';

/**
 * How many failed sign-ins are free before every further try must wait, per key:
 *
 * - `accountAtAddress` (one email from one client address): the everyday brute force; a reporter who mistypes.
 * - `address` (one client address, any emails): one machine trying many accounts. Higher, because a newsroom often
 *   sits behind one NAT address and its people mistype independently.
 * - `account` (one email, all addresses): a brute force spread over many machines. Each address adds at most
 *   `accountAtAddress` failures to it, so one address alone can never lock an account for anybody else: it needs
 *   `account / accountAtAddress` addresses (4 by default), and then only for as long as they keep failing.
 */
export interface SignInThrottleLimits {
  accountAtAddress: number;
  address: number;
  account: number;
}

export interface SignInThrottleOptions {
  clock: () => Date;
  limits?: Partial<SignInThrottleLimits>;
  /** The wait after the last free failure; it doubles with every further failure (default 15 s). */
  firstDelayMs?: number;
  /** The longest wait (default 15 minutes). */
  maxDelayMs?: number;
  /** A key's failures are forgotten this long after its last failure (default 1 hour). */
  forgetAfterMs?: number;
  /** Keys remembered per kind; the least recently seen go first (default 10 000). */
  maxEntries?: number;
  /**
   * An address's count drops by one this often (default 3 minutes): a newsroom behind one NAT address, whose people
   * mistype now and then all day long, never adds up to a lock, while a burst from one machine still does.
   */
  addressLeakMs?: number;
}

/** The answer to "may this sign-in be checked now?". */
export type SignInAttempt =
  | {
      allowed: true;
      /** The password was right: the account's failures are forgotten. Without this call the try counts as failed. */
      succeeded(): void;
    }
  | { allowed: false; retryAfterSeconds: number };

export interface SignInThrottle {
  /**
   * Asks before a password is checked. An allowed try counts as a failure from this moment (so that a hundred tries
   * sent at once are a hundred failures, not a hundred free checks) until `succeeded()` says otherwise. A refused try
   * changes nothing: waiting is the only way out, and hammering does not make the wait longer.
   */
  begin(account: string, address: string): SignInAttempt;
  /** Keys held, per kind: what the memory bound is about. */
  size(): { accountAtAddress: number; address: number; account: number };
}

interface Failures {
  count: number;
  lockedUntil: number;
  lastFailureAt: number;
}

const defaults = {
  limits: { accountAtAddress: 5, address: 20, account: 20 },
  firstDelayMs: 15_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
  maxEntries: 10_000,
  addressLeakMs: 3 * 60_000,
};

/** Counts failed sign-ins per account, per address and per both, in bounded memory; see `SignInThrottleLimits`. */
export function createSignInThrottle(options: SignInThrottleOptions): SignInThrottle {
  const limits: SignInThrottleLimits = { ...defaults.limits, ...options.limits };
  const firstDelayMs = options.firstDelayMs ?? defaults.firstDelayMs;
  const maxDelayMs = options.maxDelayMs ?? defaults.maxDelayMs;
  const forgetAfterMs = Math.max(options.forgetAfterMs ?? defaults.forgetAfterMs, maxDelayMs);
  const maxEntries = options.maxEntries ?? defaults.maxEntries;
  const addressLeakMs = options.addressLeakMs ?? defaults.addressLeakMs;
  const maps = {
    accountAtAddress: new RecencyBoundedMap<Failures>(maxEntries),
    address: new RecencyBoundedMap<Failures>(maxEntries),
    account: new RecencyBoundedMap<Failures>(maxEntries),
  };
  type Kind = keyof typeof maps;

  const isForgotten = (failures: Failures, now: number) => now - failures.lastFailureAt > forgetAfterMs;

  function current(kind: Kind, key: string, now: number): Failures | undefined {
    let failures = maps[kind].get(key);
    if (failures !== undefined && kind === 'address') {
      const leaked = Math.floor((now - failures.lastFailureAt) / addressLeakMs);
      if (leaked > 0) {
        failures = { ...failures, count: Math.max(0, failures.count - leaked), lastFailureAt: failures.lastFailureAt + leaked * addressLeakMs };
        maps.address.set(key, failures);
      }
    }
    if (failures !== undefined && (isForgotten(failures, now) || (failures.count === 0 && failures.lockedUntil <= now))) {
      maps[kind].delete(key);
      return undefined;
    }
    return failures;
  }

  function delayAfter(count: number, limit: number): number {
    if (count < limit) return 0;
    return Math.min(maxDelayMs, firstDelayMs * 2 ** Math.min(count - limit, 30));
  }

  function addFailure(kind: Kind, key: string, now: number): void {
    const count = (current(kind, key, now)?.count ?? 0) + 1;
    const delay = delayAfter(count, limits[kind]);
    // Under a flood, keys that hold no lock go first: flooding must not be a way to erase a lock.
    maps[kind].set(key, { count, lockedUntil: delay === 0 ? 0 : now + delay, lastFailureAt: now }, (old) => old.lockedUntil <= now);
  }

  return {
    begin(account, address) {
      const now = options.clock().getTime();
      const addressKey = clientAddressKey(address);
      const accountKey = account.trim().toLowerCase();
      const pairKey = `${accountKey}\n${addressKey}`;
      const keys: Array<[Kind, string]> = [
        ['address', addressKey],
        ['accountAtAddress', pairKey],
        ['account', accountKey],
      ];
      const lockedUntil = Math.max(0, ...keys.map(([kind, key]) => current(kind, key, now)?.lockedUntil ?? 0));
      if (lockedUntil > now) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((lockedUntil - now) / 1000)) };

      addFailure('address', addressKey, now);
      addFailure('accountAtAddress', pairKey, now);
      const pairCount = current('accountAtAddress', pairKey, now)?.count ?? 0;
      if (pairCount <= limits.accountAtAddress) addFailure('account', accountKey, now);

      return {
        allowed: true,
        succeeded() {
          maps.accountAtAddress.delete(pairKey);
          maps.account.delete(accountKey);
          // The address keeps its other failures (signing in to one's own account must not clear a spray over
          // others); only this try's provisional one is taken back.
          const failures = maps.address.get(addressKey);
          if (failures === undefined) return;
          const count = failures.count - 1;
          if (count <= 0) maps.address.delete(addressKey);
          else maps.address.set(addressKey, { ...failures, count, lockedUntil: count < limits.address ? 0 : failures.lockedUntil });
        },
      };
    },

    size() {
      return { accountAtAddress: maps.accountAtAddress.size, address: maps.address.size, account: maps.account.size };
    },
  };
}

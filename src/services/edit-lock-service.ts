import type { RoundupChange } from '../contract/live-endpoints';
import { lockIdSchema, type EditLock, type LockResponse } from '../contract/lock-endpoints';
import type { Roundup } from '../schema/roundup';
import type { Actor } from './actor';
import type { ChangeFeed } from './change-feed';
import type { LockStorage } from './lock-storage';
import { assertAllowed } from './permissions';
import { ServiceError, validationFailed } from './service-error';

export interface EditLockServiceOptions {
  storage: LockStorage;
  /** The roundup as the actor may read it (404, 403 as for reading). */
  loadRoundup: (actor: Actor, id: string) => Promise<Roundup>;
  clock: () => Date;
  changes?: ChangeFeed;
  /** A lock not renewed for this long is free (default 45 s: a tab renews it every 15 s). */
  ttlMs?: number;
  /** How long the holder has to save and hand over before a take-over goes ahead without it (default 10 s). */
  takeoverGraceMs?: number;
}

/**
 * One editor at a time per roundup, until real-time co-editing lands. A tab takes the lock when it opens a roundup it
 * may edit and renews it with a heartbeat; a lock whose heartbeat stopped (tab closed, crash) expires. Someone else
 * may ask to take over: the holder's tab is told (live, and in its next heartbeat), saves what it has and lets go; if
 * it does not within the grace period, the take-over goes ahead anyway.
 */
export interface EditLockService {
  /** Takes the lock, or renews it for the tab that holds it; 423 `locked` with the lock when another tab holds it. */
  acquire(actor: Actor, roundupId: string, lockId: string): Promise<LockResponse>;
  /** Lets go of the lock if this tab holds it (nothing happens otherwise). */
  release(actor: Actor, roundupId: string, lockId: string): Promise<void>;
  /** Asks the holder to hand the lock over to this tab; taking it is then `acquire`'s job. */
  requestTakeover(actor: Actor, roundupId: string, lockId: string): Promise<LockResponse>;
}

const maxAttempts = 4;

export function createEditLockService(options: EditLockServiceOptions): EditLockService {
  const { storage, clock } = options;
  const ttlMs = options.ttlMs ?? 45_000;
  const graceMs = options.takeoverGraceMs ?? 10_000;

  function checkLockId(lockId: string): void {
    if (!lockIdSchema.safeParse(lockId).success) throw validationFailed([{ path: 'lockId', message: 'lock id is malformed' }]);
  }

  async function editable(actor: Actor, roundupId: string): Promise<Roundup> {
    const roundup = await options.loadRoundup(actor, roundupId);
    assertAllowed(actor, 'edit', roundup);
    return roundup;
  }

  function announce(actor: Actor, roundup: Roundup): void {
    const change: RoundupChange = {
      roundupId: roundup.id,
      kind: 'lock',
      status: roundup.status,
      version: roundup.version,
      workflowRevision: roundup.workflowRevision,
      by: { id: actor.id, name: actor.name },
      at: clock().toISOString(),
    };
    options.changes?.publish(change);
  }

  function isLive(lock: EditLock, now: number): boolean {
    return Date.parse(lock.expiresAt) > now;
  }

  function lockedBy(lock: EditLock): ServiceError {
    return new ServiceError('locked', `${lock.holder.name} is editing this roundup`, { lock });
  }

  return {
    async acquire(actor, roundupId, lockId) {
      checkLockId(lockId);
      const roundup = await editable(actor, roundupId);
      for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
        const current = await storage.get(roundupId);
        const now = clock();
        const at = now.toISOString();
        const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
        if (current !== null && current.lockId === lockId) {
          // A heartbeat. The tab learns from the answer whether someone asked to take over.
          const renewed: EditLock = { ...current, heartbeatAt: at, expiresAt, revision: current.revision + 1 };
          if (await storage.put(renewed, current.revision)) return { lock: renewed, held: true };
          continue;
        }
        const takeoverDue =
          current?.takeover?.lockId === lockId && now.getTime() - Date.parse(current.takeover.at) >= graceMs;
        if (current !== null && isLive(current, now.getTime()) && !takeoverDue) throw lockedBy(current);
        const taken: EditLock = {
          roundupId,
          lockId,
          holder: { id: actor.id, name: actor.name },
          acquiredAt: at,
          heartbeatAt: at,
          expiresAt,
          takeover: null,
          revision: (current?.revision ?? 0) + 1,
        };
        if (await storage.put(taken, current?.revision ?? null)) {
          announce(actor, roundup);
          return { lock: taken, held: true };
        }
      }
      const now = await storage.get(roundupId);
      if (now !== null) throw lockedBy(now);
      throw new ServiceError('locked', 'the edit lock kept changing hands; try again');
    },

    async release(actor, roundupId, lockId) {
      checkLockId(lockId);
      const roundup = await options.loadRoundup(actor, roundupId);
      const current = await storage.get(roundupId);
      if (current === null || current.lockId !== lockId) return;
      if (await storage.delete(roundupId, current.revision)) announce(actor, roundup);
    },

    async requestTakeover(actor, roundupId, lockId) {
      checkLockId(lockId);
      const roundup = await editable(actor, roundupId);
      for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
        const current = await storage.get(roundupId);
        const now = clock();
        if (current === null || current.lockId === lockId || !isLive(current, now.getTime())) {
          return this.acquire(actor, roundupId, lockId);
        }
        if (current.takeover?.lockId === lockId) return { lock: current, held: false };
        const asked: EditLock = {
          ...current,
          takeover: { by: { id: actor.id, name: actor.name }, lockId, at: now.toISOString() },
          revision: current.revision + 1,
        };
        if (await storage.put(asked, current.revision)) {
          announce(actor, roundup);
          return { lock: asked, held: false };
        }
      }
      throw new ServiceError('locked', 'the edit lock kept changing hands; try again');
    },
  };
}

import { useEffect, useRef, useState } from 'react';
import { z } from 'zod/mini';
import { lockResponseSchema, type EditLock } from '@/contract/lock-endpoints';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { lockChangedEvent } from '@/lib/live-source';
import type { AutosaveController } from '../lib/autosave-controller';
import { currentTabId } from '../lib/tab-id';

export type EditLockState =
  | { kind: 'none' }
  | { kind: 'held'; lock: EditLock }
  /** Someone else edits: this tab is read-only, and may ask to take over. */
  | { kind: 'locked'; lock: EditLock; takeoverRequested: boolean }
  /** This tab handed its lock to someone who asked, after saving everything. */
  | { kind: 'handedOver'; by: string };

const heartbeatMs = 15_000;
const takeoverPollMs = 2_000;

/**
 * Holds the roundup's edit lock while this tab may edit it: takes it on opening, renews it, hands it over (after saving
 * everything) when someone asks, and lets go when the page closes. `onTakenOver` runs when this tab got the lock from
 * someone else, so the page can load what they saved.
 */
export function useEditLock(roundupId: string, wantsToEdit: boolean, autosave: AutosaveController, onTakenOver: () => void) {
  const [lockId] = useState(currentTabId);
  const [state, setState] = useState<EditLockState>({ kind: 'none' });
  const onTakenOverRef = useRef(onTakenOver);
  useEffect(() => {
    onTakenOverRef.current = onTakenOver;
  }, [onTakenOver]);

  useEffect(() => {
    if (!wantsToEdit) return;
    let stopped = false;
    let held = false;
    let handingOver = false;
    let wasLockedOut = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const request = (path: string, method: 'POST' | 'DELETE' = 'POST', keepalive = false) =>
      apiRequest(path, { method, json: { lockId }, schema: method === 'DELETE' ? z.optional(lockResponseSchema) : lockResponseSchema, keepalive });

    async function handOver(by: string) {
      handingOver = true;
      await autosave.flush();
      await request(apiRoutes.roundupLock(roundupId), 'DELETE').catch(() => undefined);
      held = false;
      if (!stopped) setState({ kind: 'handedOver', by });
    }

    async function beat() {
      if (stopped || handingOver) return;
      clearTimeout(timer);
      try {
        const answer = await request(apiRoutes.roundupLock(roundupId));
        if (stopped || answer === undefined) return;
        held = true;
        if (answer.lock.takeover !== null) {
          await handOver(answer.lock.takeover.by.name);
          return;
        }
        setState({ kind: 'held', lock: answer.lock });
        if (wasLockedOut) {
          wasLockedOut = false;
          onTakenOverRef.current();
        }
        timer = setTimeout(() => void beat(), heartbeatMs);
      } catch (error) {
        if (stopped) return;
        const lock = isApiError(error, 'locked') ? error.details?.lock : undefined;
        if (lock !== undefined) {
          held = false;
          wasLockedOut = true;
          const requested = lock.takeover?.lockId === lockId;
          setState({ kind: 'locked', lock, takeoverRequested: requested });
          timer = setTimeout(() => void beat(), requested ? takeoverPollMs : heartbeatMs);
          return;
        }
        // Offline or a server hiccup: keep editing (saves still compare versions) and try again.
        timer = setTimeout(() => void beat(), heartbeatMs);
      }
    }

    function lockChanged(event: Event) {
      if (event instanceof CustomEvent && event.detail === roundupId) void beat();
    }
    function leave() {
      if (held) void request(apiRoutes.roundupLock(roundupId), 'DELETE', true).catch(() => undefined);
    }
    window.addEventListener(lockChangedEvent, lockChanged);
    window.addEventListener('pagehide', leave);
    void beat();
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener(lockChangedEvent, lockChanged);
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [autosave, lockId, roundupId, wantsToEdit]);

  async function requestTakeover(): Promise<void> {
    const answer = await apiRequest(apiRoutes.roundupLockTakeover(roundupId), { method: 'POST', json: { lockId }, schema: lockResponseSchema });
    if (answer.held) {
      window.dispatchEvent(new CustomEvent(lockChangedEvent, { detail: roundupId }));
      return;
    }
    setState({ kind: 'locked', lock: answer.lock, takeoverRequested: true });
    window.dispatchEvent(new CustomEvent(lockChangedEvent, { detail: roundupId }));
  }

  return { state, requestTakeover };
}

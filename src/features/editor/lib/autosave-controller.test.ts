import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Roundup } from '@/schema/roundup';
import { gwangjuRoundupMetadata } from '@/schema/demo/gwangju-roundup';
import { ApiError } from '@/lib/api-error';
import type { SaveState } from '../hooks/save-state';
import { AutosaveController, defaultAutosaveTiming, type SaveSnapshot } from './autosave-controller';
import type { SaveAttempt, SavedVersion } from './save-draft';
import { sampleRoundup } from '../../../../tests/contract/sample-roundup';

function roundupAt(version: number): Roundup {
  return sampleRoundup({ version, updatedAt: new Date(Date.now()).toISOString() });
}

function setup(send: (attempt: SaveAttempt) => Promise<SavedVersion>) {
  const states: SaveState[] = [];
  let text = 'v0';
  /** Stands in for the workspace's baseline: partial saves while it is known, whole ones otherwise. */
  let baselineKnown = false;
  /** The text of every snapshot accepted, in order. */
  const accepted: string[] = [];
  const snapshot = vi.fn((): SaveSnapshot => {
    const body = { type: 'doc', content: [], text };
    const seen = text;
    return {
      draft: baselineKnown
        ? { kind: 'changes', briefOrder: ['b-1'], briefs: [{ type: 'brief', attrs: { id: 'b-1' }, text }] }
        : { kind: 'whole', meta: gwangjuRoundupMetadata, body },
      content: { meta: gwangjuRoundupMetadata, body },
      accept: () => accepted.push(seen),
    };
  });
  const sent: SaveAttempt[] = [];
  const controller = new AutosaveController(
    {
      send: (attempt) => {
        sent.push(attempt);
        return send(attempt);
      },
      snapshot,
      onState: (state) => states.push(state),
    },
    { baseVersion: 1, savedAt: '2026-11-30T00:00:00.000Z' },
  );
  return {
    controller,
    states,
    sent,
    snapshot,
    accepted,
    setBaselineKnown: (known: boolean) => {
      baselineKnown = known;
    },
    type: (next: string) => {
      text = next;
      controller.markDirty();
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('AutosaveController', () => {
  it('saves once, within 2 s of the last keystroke, with the document read at save time', async () => {
    const harness = setup(async (attempt) => roundupAt(attempt.request.baseVersion + 1));
    harness.type('가');
    harness.type('가나');
    harness.type('가나다');
    expect(harness.snapshot).not.toHaveBeenCalled();
    expect(harness.controller.current.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(defaultAutosaveTiming.idleMs);
    expect(defaultAutosaveTiming.idleMs).toBeLessThanOrEqual(2000);
    expect(harness.sent).toHaveLength(1);
    expect(harness.sent[0]?.request.baseVersion).toBe(1);
    expect(harness.controller.current.kind).toBe('saved');
    expect(harness.controller.baseVersion()).toBe(2);
  });

  it('never saves per keystroke, and saves at least every 10 s while typing goes on', async () => {
    const harness = setup(async (attempt) => roundupAt(attempt.request.baseVersion + 1));
    const saveTimes: number[] = [];
    const started = Date.now();
    for (let keystroke = 0; keystroke < 150; keystroke += 1) {
      const before = harness.sent.length;
      harness.type(`글자 ${keystroke}`);
      await vi.advanceTimersByTimeAsync(200);
      if (harness.sent.length > before) saveTimes.push(Date.now() - started);
    }
    // 150 keystrokes over 30 s: a handful of saves, each within maxWait of the previous one.
    expect(harness.sent.length).toBeGreaterThanOrEqual(3);
    expect(harness.sent.length).toBeLessThanOrEqual(5);
    expect(saveTimes[0]).toBeLessThanOrEqual(10_000);
    for (let index = 1; index < saveTimes.length; index += 1) {
      expect(saveTimes[index]! - saveTimes[index - 1]!).toBeLessThanOrEqual(10_000);
    }
  });

  it('queues changes made while a save is in flight and saves them next, on the new base', async () => {
    let resolve: (roundup: Roundup) => void = () => undefined;
    const harness = setup((attempt) =>
      attempt.request.baseVersion === 1 ? new Promise((done) => (resolve = done)) : Promise.resolve(roundupAt(3)),
    );
    harness.type('하나');
    await vi.advanceTimersByTimeAsync(defaultAutosaveTiming.idleMs);
    expect(harness.controller.current.kind).toBe('saving');
    harness.type('하나 둘');
    resolve(roundupAt(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(harness.sent).toHaveLength(2);
    expect(harness.sent[1]?.request.baseVersion).toBe(2);
    expect(harness.sent[1]?.request).toMatchObject({ body: { text: '하나 둘' } });
    expect(harness.controller.current.kind).toBe('saved');
  });

  it('stops on 409, keeps the text unsaved, and saves over the server only when asked', async () => {
    const current = roundupAt(5);
    const harness = setup(async (attempt) => {
      if (attempt.request.baseVersion === 1) {
        throw new ApiError('version_conflict', 'stale', 409, { current });
      }
      return roundupAt(6);
    });
    harness.type('내 문장');
    await vi.advanceTimersByTimeAsync(defaultAutosaveTiming.idleMs);
    expect(harness.controller.current).toEqual({ kind: 'conflict', current });
    harness.type('내 문장 계속');
    await vi.advanceTimersByTimeAsync(defaultAutosaveTiming.maxWaitMs * 2);
    expect(harness.sent).toHaveLength(1);
    expect(harness.controller.hasUnsavedChanges()).toBe(true);

    harness.controller.overwrite();
    await vi.advanceTimersByTimeAsync(0);
    expect(harness.sent).toHaveLength(2);
    expect(harness.sent[1]?.request.baseVersion).toBe(5);
    expect(harness.sent[1]?.request).toMatchObject({ body: { text: '내 문장 계속' } });
    expect(harness.controller.current.kind).toBe('saved');
  });

  it('goes offline on a network error and retries the same request with the same key', async () => {
    let failures = 2;
    const harness = setup(async (attempt) => {
      if (failures > 0) {
        failures -= 1;
        throw new ApiError('network', 'Failed to fetch', 0);
      }
      return roundupAt(attempt.request.baseVersion + 1);
    });
    harness.type('오프라인에서 쓴 글');
    await vi.advanceTimersByTimeAsync(defaultAutosaveTiming.idleMs);
    expect(harness.controller.current.kind).toBe('offline');
    harness.type('오프라인에서 쓴 글, 더');
    await vi.advanceTimersByTimeAsync(defaultAutosaveTiming.retryMs * 3);
    expect(harness.sent.length).toBeGreaterThanOrEqual(3);
    expect(harness.sent[1]).toEqual(harness.sent[0]);
    expect(harness.sent[2]).toEqual(harness.sent[0]);
    // Once the lost save is through, the newer text goes in a new save with a new key.
    await vi.advanceTimersByTimeAsync(defaultAutosaveTiming.idleMs);
    const last = harness.sent.at(-1);
    expect(last?.request).toMatchObject({ body: { text: '오프라인에서 쓴 글, 더' } });
    expect(last?.idempotencyKey).not.toBe(harness.sent[0]?.idempotencyKey);
    expect(harness.controller.current.kind).toBe('saved');
  });

  it('reports a refused save with the place the server named, and retries on request', async () => {
    let refuse = true;
    const harness = setup(async (attempt) => {
      if (refuse) {
        throw new ApiError('invalid_body', 'body does not match the schema', 400, {
          issues: [{ path: 'content[1]', location: 'brief 2', message: 'incomplete' }],
        });
      }
      return roundupAt(attempt.request.baseVersion + 1);
    });
    harness.type('x');
    await vi.advanceTimersByTimeAsync(defaultAutosaveTiming.idleMs);
    expect(harness.controller.current).toMatchObject({ kind: 'error', location: 'brief 2' });
    refuse = false;
    harness.controller.saveNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(harness.controller.current.kind).toBe('saved');
  });

  it('sends a partial save with the base version added and nothing else', async () => {
    const harness = setup(async (attempt) => roundupAt(attempt.request.baseVersion + 1));
    harness.setBaselineKnown(true);
    harness.type('바뀐 브리프');
    await vi.advanceTimersByTimeAsync(defaultAutosaveTiming.idleMs);
    expect(harness.sent).toHaveLength(1);
    expect(harness.sent[0]?.kind).toBe('changes');
    expect(harness.sent[0]?.request).toEqual({
      baseVersion: 1,
      briefOrder: ['b-1'],
      briefs: [{ type: 'brief', attrs: { id: 'b-1' }, text: '바뀐 브리프' }],
    });
    expect(harness.accepted).toEqual(['바뀐 브리프']);
  });

  it('retries a partial save unchanged after a network error and accepts it once, when it is through', async () => {
    let failures = 1;
    const harness = setup(async (attempt) => {
      if (failures > 0) {
        failures -= 1;
        throw new ApiError('network', 'Failed to fetch', 0);
      }
      return roundupAt(attempt.request.baseVersion + 1);
    });
    harness.setBaselineKnown(true);
    harness.type('첫 수정');
    await vi.advanceTimersByTimeAsync(defaultAutosaveTiming.idleMs);
    expect(harness.controller.current.kind).toBe('offline');
    expect(harness.accepted).toEqual([]);
    harness.type('첫 수정, 그리고 더');
    await vi.advanceTimersByTimeAsync(defaultAutosaveTiming.retryMs);
    expect(harness.sent[1]).toEqual(harness.sent[0]);
    expect(harness.sent[1]?.kind).toBe('changes');
    // The newer text went out right after, in its own save on the new base.
    expect(harness.sent).toHaveLength(3);
    expect(harness.sent[2]?.request).toMatchObject({ baseVersion: 2, briefs: [{ text: '첫 수정, 그리고 더' }] });
    expect(harness.accepted).toEqual(['첫 수정', '첫 수정, 그리고 더']);
    expect(harness.controller.current.kind).toBe('saved');
  });

  it('never accepts a snapshot whose save was refused or ran into a conflict', async () => {
    const current = roundupAt(5);
    let answer: 'refuse' | 'conflict' | 'save' = 'refuse';
    const harness = setup(async (attempt) => {
      if (answer === 'refuse') throw new ApiError('invalid_body', 'no', 400);
      if (answer === 'conflict') throw new ApiError('version_conflict', 'stale', 409, { current });
      return roundupAt(attempt.request.baseVersion + 1);
    });
    harness.setBaselineKnown(true);
    harness.type('거절될 글');
    await vi.advanceTimersByTimeAsync(defaultAutosaveTiming.idleMs);
    expect(harness.controller.current.kind).toBe('error');
    answer = 'conflict';
    harness.type('충돌할 글');
    await vi.advanceTimersByTimeAsync(defaultAutosaveTiming.idleMs);
    expect(harness.controller.current.kind).toBe('conflict');
    expect(harness.accepted).toEqual([]);
    answer = 'save';
    harness.controller.overwrite();
    await vi.advanceTimersByTimeAsync(0);
    expect(harness.accepted).toEqual(['충돌할 글']);
    await vi.advanceTimersByTimeAsync(defaultAutosaveTiming.maxWaitMs * 2);
    expect(harness.accepted).toEqual(['충돌할 글']);
  });

  it('builds the save after "keep mine" from a fresh snapshot: whole, once the baseline is cleared', async () => {
    const current = roundupAt(5);
    const harness = setup(async (attempt) => {
      if (attempt.request.baseVersion === 1) throw new ApiError('version_conflict', 'stale', 409, { current });
      return roundupAt(6);
    });
    harness.setBaselineKnown(true);
    harness.type('내 문장');
    await vi.advanceTimersByTimeAsync(defaultAutosaveTiming.idleMs);
    expect(harness.sent[0]?.kind).toBe('changes');
    expect(harness.controller.current.kind).toBe('conflict');

    harness.setBaselineKnown(false);
    harness.controller.overwrite();
    await vi.advanceTimersByTimeAsync(0);
    expect(harness.snapshot).toHaveBeenCalledTimes(2);
    expect(harness.sent).toHaveLength(2);
    expect(harness.sent[1]?.kind).toBe('whole');
    expect(harness.sent[1]?.request).toEqual({ baseVersion: 5, meta: gwangjuRoundupMetadata, body: { type: 'doc', content: [], text: '내 문장' } });
    expect(harness.sent[1]?.idempotencyKey).not.toBe(harness.sent[0]?.idempotencyKey);
    expect(harness.accepted).toEqual(['내 문장']);
    expect(harness.controller.current.kind).toBe('saved');
  });
});

describe('flush', () => {
  it('saves what is unsaved and resolves once it is on the server; at once when nothing is', async () => {
    const { controller, sent, type } = setup(async (attempt) => ({ version: attempt.request.baseVersion + 1, updatedAt: '2026-11-30T01:00:00.000Z' }));
    expect((await controller.flush()).kind).toBe('saved');
    expect(sent).toHaveLength(0);
    type('v1');
    const state = await controller.flush();
    expect(state.kind).toBe('saved');
    expect(sent).toHaveLength(1);
    expect(controller.hasUnsavedChanges()).toBe(false);
  });

  it('resolves with the refusal when the save is refused', async () => {
    const { controller, type } = setup(async () => {
      throw new ApiError('forbidden', 'no', 403);
    });
    type('v1');
    expect((await controller.flush()).kind).toBe('error');
  });
});

describe('flush in a conflict', () => {
  it('resolves at once with the conflict instead of waiting for a save that cannot happen', async () => {
    const current = roundupAt(5);
    const { controller, type } = setup(async () => {
      throw new ApiError('version_conflict', 'stale', 409, { current });
    });
    type('v1');
    expect((await controller.flush()).kind).toBe('conflict');
    type('v2');
    expect((await controller.flush()).kind).toBe('conflict');
  });
});

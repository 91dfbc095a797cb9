import { afterEach, describe, expect, it, vi } from 'vitest';
import { beforeReloadTimeoutMs, onBeforeReload, reloadKeepingWork } from './before-reload';

const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.useRealTimers();
});

describe('reloadKeepingWork', () => {
  it('keeps the work first (the journal at once, then the save), and reloads once the save is through', async () => {
    const order: string[] = [];
    let finishSave: () => void = () => undefined;
    stops.push(onBeforeReload(() => void order.push('journal')));
    stops.push(onBeforeReload(() => new Promise<void>((resolve) => (finishSave = () => (order.push('saved'), resolve())))));
    const reloaded = reloadKeepingWork(() => order.push('reload'));
    expect(order).toEqual(['journal']);
    finishSave();
    await reloaded;
    expect(order).toEqual(['journal', 'saved', 'reload']);
  });

  it('reloads anyway when a save hangs or throws', async () => {
    vi.useFakeTimers();
    const reload = vi.fn();
    stops.push(onBeforeReload(() => new Promise(() => undefined)));
    stops.push(onBeforeReload(() => {
      throw new Error('quota');
    }));
    const reloaded = reloadKeepingWork(reload);
    await vi.advanceTimersByTimeAsync(beforeReloadTimeoutMs - 1);
    expect(reload).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await reloaded;
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

import { describe, expect, it } from 'vitest';
import { sampleRoundup } from '../../tests/contract/sample-roundup';
import type { Actor } from './actor';
import { createEditLockService } from './edit-lock-service';
import { createMemoryLockStorage } from './memory-lock-storage';
import { ServiceError } from './service-error';

const reporter: Actor = { id: 'u-reporter', name: '신대희', role: 'reporter' };
const desk: Actor = { id: 'u-desk', name: '김데스크', role: 'desk' };
const roundup = sampleRoundup();

function setup() {
  let now = Date.parse('2026-11-30T01:00:00.000Z');
  const service = createEditLockService({
    storage: createMemoryLockStorage(),
    loadRoundup: async () => roundup,
    clock: () => new Date(now),
    ttlMs: 45_000,
    takeoverGraceMs: 10_000,
  });
  return { service, advance: (ms: number) => (now += ms) };
}

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ServiceError) return error.code;
    throw error;
  }
  return 'ok';
}

describe('edit locks', () => {
  it('frees a lock whose heartbeat stopped', async () => {
    const { service, advance } = setup();
    await service.acquire(reporter, 'r-1', 'tab-reporter-1');
    advance(44_000);
    expect(await code(service.acquire(desk, 'r-1', 'tab-desk-0001'))).toBe('locked');
    advance(2_000);
    expect(await service.acquire(desk, 'r-1', 'tab-desk-0001')).toMatchObject({ held: true, lock: { holder: { id: 'u-desk' } } });
  });

  it('keeps a lock alive while its tab renews it', async () => {
    const { service, advance } = setup();
    await service.acquire(reporter, 'r-1', 'tab-reporter-1');
    for (let beat = 0; beat < 5; beat += 1) {
      advance(15_000);
      await service.acquire(reporter, 'r-1', 'tab-reporter-1');
    }
    expect(await code(service.acquire(desk, 'r-1', 'tab-desk-0001'))).toBe('locked');
  });

  it('lets a take-over go ahead after the grace period when the holder does not answer', async () => {
    const { service, advance } = setup();
    await service.acquire(reporter, 'r-1', 'tab-reporter-1');
    await service.requestTakeover(desk, 'r-1', 'tab-desk-0001');
    advance(9_000);
    expect(await code(service.acquire(desk, 'r-1', 'tab-desk-0001'))).toBe('locked');
    // Another tab that did not ask gets nothing from the take-over.
    advance(2_000);
    expect(await code(service.acquire(desk, 'r-1', 'tab-desk-0002'))).toBe('locked');
    expect(await service.acquire(desk, 'r-1', 'tab-desk-0001')).toMatchObject({ held: true });
    expect(await code(service.acquire(reporter, 'r-1', 'tab-reporter-1'))).toBe('locked');
  });
});

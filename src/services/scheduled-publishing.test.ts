import { describe, expect, it } from 'vitest';
import { sampleBodies } from '../../tests/contract/sample-bodies';
import type { Actor } from './actor';
import { createMemoryStorage } from './memory-storage';
import { createRoundupService, scheduler } from './roundup-service';

const reporter: Actor = { id: 'u-reporter', name: '신대희', role: 'reporter' };
const desk: Actor = { id: 'u-desk', name: '김데스크', role: 'desk' };

describe('scheduled publishing', () => {
  it('publishes a scheduled roundup once its time has come, as the scheduler, and not before', async () => {
    let now = Date.parse('2026-12-05T10:00:00.000Z');
    let ids = 0;
    const service = createRoundupService({
      storage: createMemoryStorage().roundups,
      clock: () => new Date(now),
      generateId: () => `id-${(ids += 1)}`,
    });
    const created = await service.create(reporter, { body: sampleBodies.valid('본문', 1) });
    await service.act(reporter, created.id, { action: 'submit' });
    await service.act(desk, created.id, { action: 'start_review' });
    await service.act(desk, created.id, { action: 'approve_brief', briefId: 'b-sample-1' });
    await service.act(desk, created.id, { action: 'approve' });
    await service.act(desk, created.id, { action: 'schedule', publishAt: '2026-12-06T05:35:00+09:00' });

    now = Date.parse('2026-12-05T20:34:00.000Z');
    expect(await service.publishDue()).toBe(0);
    expect((await service.get(desk, created.id)).status).toBe('scheduled');

    now = Date.parse('2026-12-05T20:35:00.000Z');
    // Opening the list is enough: nobody is shown a roundup as waiting after its time.
    const { items } = await service.list(desk, {});
    expect(items.find((item) => item.id === created.id)?.status).toBe('published');
    const history = await service.events(desk, created.id);
    expect(history.items.at(-1)).toMatchObject({ action: 'publish', from: 'scheduled', to: 'published', actor: { id: scheduler.id } });
    expect(await service.publishDue()).toBe(0);
  });
});

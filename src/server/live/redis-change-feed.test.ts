import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RoundupChange } from '../../contract/live-endpoints';
import { roundupResponseSchema } from '../../contract/roundup-endpoints';
import { apiRoutes } from '../../contract/routes';
import { changesFrom } from '../../../tests/contract/sse-changes';
import { signInAs } from '../../../tests/contract/signed-in-client';
import { startBureauServer } from '../create-bureau-server';
import { serverConfig } from '../server-config';
import { openRedisChangeFeed } from './redis-change-feed';

const redisUrl = process.env.REDIS_URL;
const skipReason = redisUrl === undefined || redisUrl === '' ? 'REDIS_URL is not set' : null;

const change = (roundupId: string): RoundupChange => ({
  roundupId,
  kind: 'submit',
  status: 'submitted',
  version: 1,
  workflowRevision: 1,
  by: { id: 'u-reporter', name: '신대희' },
  at: new Date().toISOString(),
});

if (skipReason !== null || redisUrl === undefined) {
  const message = `Redis live-update tests skipped: ${skipReason} (bash .ci/run sets it when Redis answers on 127.0.0.1:6379).`;
  console.warn(message);
  describe('Redis change feed', () => {
    it.skip(message, () => undefined);
  });
} else {
  describe('Redis change feed', () => {
    it('hands a change published by one instance to the listeners of every instance, its own included', async () => {
      const channel = `bureau:test:${Date.now().toString(36)}:${Math.random().toString(36).slice(2)}`;
      const log = () => undefined;
      const [first, second] = await Promise.all([
        openRedisChangeFeed({ url: redisUrl, channel, log }),
        openRedisChangeFeed({ url: redisUrl, channel, log }),
      ]);
      try {
        const heardBy = (feed: typeof first) => new Promise<RoundupChange>((resolve) => feed.subscribe(resolve));
        const [onFirst, onSecond] = [heardBy(first), heardBy(second)];
        first.publish(change('r-redis'));
        expect(await onSecond).toMatchObject({ roundupId: 'r-redis', kind: 'submit' });
        expect(await onFirst).toMatchObject({ roundupId: 'r-redis' });
      } finally {
        first.close();
        second.close();
      }
    });

    it('carries live updates between two server instances', async () => {
      const redisChannel = `bureau:test:${Date.now().toString(36)}:servers`;
      const dirs = await Promise.all([mkdtemp(join(tmpdir(), 'bureau-redis-a-')), mkdtemp(join(tmpdir(), 'bureau-redis-b-'))]);
      const start = (dataDir: string) =>
        startBureauServer(
          serverConfig({ port: 0, host: '127.0.0.1', dataDir, staticDir: join(dataDir, 'none'), shutdownGraceMs: 2000, redisUrl, redisChannel }),
          { log: () => undefined },
        );
      const [a, b] = await Promise.all([start(dirs[0]!), start(dirs[1]!)]);
      try {
        const onB = await signInAs({ baseUrl: b.url, fetch: globalThis.fetch }, 'desk@bureau.test');
        const stream = await onB.call(apiRoutes.live);
        const events = changesFrom(stream);
        const onA = await signInAs({ baseUrl: a.url, fetch: globalThis.fetch }, 'reporter@bureau.test');
        const created = roundupResponseSchema.parse(
          await (await onA.call(apiRoutes.roundups, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).json(),
        );
        await onA.call(apiRoutes.roundupActions(created.id), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ action: 'submit' }),
        });
        expect(await events.next()).toMatchObject({ roundupId: created.id, kind: 'submit', by: { id: 'u-reporter' } });
        await events.cancel();
      } finally {
        await Promise.all([a.close(), b.close()]);
        await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
      }
    }, 30_000);
  });
}

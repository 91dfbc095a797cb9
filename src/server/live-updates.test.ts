import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundupResponseSchema } from '../contract/roundup-endpoints';
import { apiRoutes } from '../contract/routes';
import { anonymousClient, signInAs, type Client } from '../../tests/contract/signed-in-client';
import { changesFrom } from '../../tests/contract/sse-changes';
import { startBureauServer, type RunningServer } from './create-bureau-server';
import { serverConfig } from './server-config';

let dataDir: string;
let server: RunningServer;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'bureau-live-'));
  server = await startBureauServer(
    serverConfig({ port: 0, host: '127.0.0.1', dataDir, staticDir: join(dataDir, 'none'), shutdownGraceMs: 2000 }),
    { log: () => undefined },
  );
});

afterAll(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('live updates over Server-Sent Events', () => {
  let reporter: Client;
  let desk: Client;

  beforeAll(async () => {
    const backend = { baseUrl: server.url, fetch: globalThis.fetch };
    reporter = await signInAs(backend, 'reporter@bureau.test');
    desk = await signInAs(backend, 'desk@bureau.test');
  });

  it('tells a signed-in page of saves and review steps made by others, as they happen', async () => {
    const stream = await reporter.call(apiRoutes.live, { headers: { Accept: 'text/event-stream' } });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = changesFrom(stream);
    try {
      const created = roundupResponseSchema.parse(
        await (await reporter.call(apiRoutes.roundups, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).json(),
      );
      await reporter.call(apiRoutes.roundupActions(created.id), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'submit' }),
      });
      expect(await events.next()).toMatchObject({ roundupId: created.id, kind: 'submit', status: 'submitted', by: { id: 'u-reporter' } });
      await desk.call(apiRoutes.roundupActions(created.id), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'start_review' }),
      });
      expect(await events.next()).toMatchObject({ roundupId: created.id, kind: 'start_review', status: 'in_review', workflowRevision: 2, by: { id: 'u-desk', name: '김데스크' } });
    } finally {
      await events.cancel();
    }
  });

  it('answers 401 without a session', async () => {
    const response = await anonymousClient({ baseUrl: server.url, fetch: globalThis.fetch }).call(apiRoutes.live);
    expect(response.status).toBe(401);
  });
});

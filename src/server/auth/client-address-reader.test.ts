import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { clientAddressReader } from './client-address-reader';

let server: ServerType | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())));
  server = undefined;
});

/** A real Node server that answers with the address the reader sees. */
async function addressSeen(trustProxy: boolean, headers: Record<string, string> = {}): Promise<string> {
  const app = new Hono();
  const read = clientAddressReader({ trustProxy });
  app.get('/', (c) => c.text(read(c)));
  const started: ServerType = await new Promise((resolve) => {
    const listening = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(listening));
  });
  server = started;
  const address = started.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on TCP');
  return (await fetch(`http://127.0.0.1:${address.port}/`, { headers })).text();
}

describe('client address reader', () => {
  it('reads the socket, ignoring X-Forwarded-For, by default', async () => {
    expect(await addressSeen(false, { 'X-Forwarded-For': '203.0.113.7' })).toBe('127.0.0.1');
  });

  it('with TRUST_PROXY, takes the last X-Forwarded-For entry: the one the proxy appended', async () => {
    expect(await addressSeen(true, { 'X-Forwarded-For': '198.51.100.1, 203.0.113.7' })).toBe('203.0.113.7');
  });

  it('with TRUST_PROXY but no header, falls back to the socket', async () => {
    expect(await addressSeen(true)).toBe('127.0.0.1');
  });
});

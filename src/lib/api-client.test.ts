// @vitest-environment jsdom
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { apiRequest } from './api-client';
import { ApiError } from './api-error';
import { requestTimeouts } from './request-deadline';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

const okSchema = z.object({ ok: z.boolean() });
let requests: string[];

beforeEach(() => {
  requests = [];
  server.events.removeAllListeners();
  server.events.on('request:start', ({ request }) => void requests.push(request.method));
});

/** A handler that never answers: a frozen server. */
const never = () => new Promise<Response>(() => undefined);

async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

function useFakeClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.parse('2026-12-01T05:00:00.000Z') });
}

/** Lets MSW's own promises run between fake-timer steps. */
async function flushIo() {
  for (let index = 0; index < 5; index += 1) await new Promise<void>((resolve) => queueMicrotask(resolve));
  await vi.advanceTimersByTimeAsync(0);
}

describe('apiRequest deadlines', () => {
  it('gives up on a read the server never answers after the read deadline, as a timeout', async () => {
    useFakeClock();
    server.use(http.get('/api/frozen', never));
    const result = settle(apiRequest('/api/frozen', { schema: okSchema, retry: false }));
    await flushIo();
    await vi.advanceTimersByTimeAsync(requestTimeouts.read - 1);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    const { error } = await result;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('timeout');
  });

  it('gives a write the longer write deadline', async () => {
    useFakeClock();
    server.use(http.post('/api/frozen', never));
    let done = false;
    const result = settle(apiRequest('/api/frozen', { method: 'POST', json: {}, schema: okSchema })).finally(() => (done = true));
    await flushIo();
    await vi.advanceTimersByTimeAsync(requestTimeouts.read + 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(requestTimeouts.write);
    expect(((await result).error as ApiError).code).toBe('timeout');
    // A POST without an Idempotency-Key is never sent twice.
    expect(requests).toEqual(['POST']);
  });

  it('passes the caller’s abort through as an abort, not retried', async () => {
    server.use(http.get('/api/frozen', never));
    const controller = new AbortController();
    const result = settle(apiRequest('/api/frozen', { schema: okSchema, signal: controller.signal }));
    controller.abort();
    const { error } = await result;
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(requests).toHaveLength(1);
  });
});

describe('apiRequest retries', () => {
  it('retries a read after a 503, not before its Retry-After, and returns the answer', async () => {
    useFakeClock();
    let calls = 0;
    server.use(
      http.get('/api/flaky', () => {
        calls += 1;
        if (calls === 1) {
          return HttpResponse.json({ error: { code: 'internal', message: 'down for a moment' } }, { status: 503, headers: { 'Retry-After': '5' } });
        }
        return HttpResponse.json({ ok: true });
      }),
    );
    const result = settle(apiRequest('/api/flaky', { schema: okSchema }));
    await flushIo();
    await vi.advanceTimersByTimeAsync(4_900);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(await result).toEqual({ value: { ok: true } });
    expect(calls).toBe(2);
  });

  it('tries a read three times at most, backed off, then reports the server problem', async () => {
    useFakeClock();
    server.use(http.get('/api/broken', () => HttpResponse.json({ error: { code: 'internal', message: 'boom' } }, { status: 500 })));
    const result = settle(apiRequest('/api/broken', { schema: okSchema }));
    await flushIo();
    await vi.advanceTimersByTimeAsync(60_000);
    const { error } = await result;
    expect((error as ApiError).code).toBe('internal');
    expect(requests).toEqual(['GET', 'GET', 'GET']);
  });

  it('does not retry what the server refused (403, 404, 409)', async () => {
    server.use(http.get('/api/refused', () => HttpResponse.json({ error: { code: 'forbidden', message: 'no' } }, { status: 403 })));
    const { error } = await settle(apiRequest('/api/refused', { schema: okSchema }));
    expect((error as ApiError).code).toBe('forbidden');
    expect(requests).toEqual(['GET']);
  });

  it('retries a write that carries an Idempotency-Key, never one without', async () => {
    useFakeClock();
    server.use(
      http.put('/api/save', () => HttpResponse.json({ error: { code: 'internal', message: 'boom' } }, { status: 503 })),
      http.post('/api/create', () => HttpResponse.json({ error: { code: 'internal', message: 'boom' } }, { status: 503 })),
    );
    const keyed = settle(apiRequest('/api/save', { method: 'PUT', json: {}, headers: { 'Idempotency-Key': 'key-0001' }, schema: okSchema }));
    const plain = settle(apiRequest('/api/create', { method: 'POST', json: {}, schema: okSchema }));
    await flushIo();
    await vi.advanceTimersByTimeAsync(60_000);
    await keyed;
    await plain;
    expect(requests.filter((method) => method === 'PUT')).toHaveLength(3);
    expect(requests.filter((method) => method === 'POST')).toHaveLength(1);
  });

  it('keeps the server’s Retry-After on the error when it is too far away to wait for here', async () => {
    server.use(
      http.get('/api/busy', () =>
        HttpResponse.json({ error: { code: 'internal', message: 'busy' } }, { status: 503, headers: { 'Retry-After': 'Tue, 01 Dec 2099 05:10:00 GMT' } }),
      ),
    );
    const { error } = await settle(apiRequest('/api/busy', { schema: okSchema }));
    expect((error as ApiError).retryAt).toBe(Date.parse('2099-12-01T05:10:00.000Z'));
    expect(requests).toEqual(['GET']);
  });
});

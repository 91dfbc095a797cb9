// @vitest-environment jsdom
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiRoutes } from '@/contract/routes';
import { gwangjuRoundupMetadata } from '@/schema/demo/gwangju-roundup';
import { requestTimeouts } from '@/lib/request-deadline';
import type { SaveState } from '../hooks/save-state';
import { saveRoundup } from '../api/save-roundup';
import { AutosaveController, defaultAutosaveTiming, type SaveSnapshot } from './autosave-controller';
import { sampleRoundup } from '../../../../tests/contract/sample-roundup';

// The real save request (deadline included) against a server that misbehaves; only the clock is fake.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

interface SentSave {
  key: string | null;
  text: string;
  baseVersion: number;
}

function startAutosave() {
  const states: SaveState[] = [];
  let text = '';
  const controller = new AutosaveController(
    {
      send: (attempt) => {
        if (attempt.kind !== 'whole') throw new Error('this test saves whole documents');
        return saveRoundup({ id: 'r-1', request: attempt.request, idempotencyKey: attempt.idempotencyKey });
      },
      snapshot: (): SaveSnapshot => {
        const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
        return { draft: { kind: 'whole', meta: gwangjuRoundupMetadata, body }, content: { meta: gwangjuRoundupMetadata, body }, accept: () => undefined };
      },
      onState: (state) => states.push(state),
    },
    { baseVersion: 1, savedAt: '2026-12-01T05:00:00.000Z' },
  );
  return {
    controller,
    states,
    type: (next: string) => {
      text = next;
      controller.markDirty();
    },
  };
}

/** Answers saves as the API does, after `misbehave` had its say about each one. */
function saveEndpoint(misbehave: (index: number) => Promise<Response> | null) {
  const sent: SentSave[] = [];
  server.use(
    http.put(apiRoutes.roundup('r-1'), async ({ request }) => {
      const body = (await request.json()) as { baseVersion: number; body: { content: [{ content: [{ text: string }] }] } };
      sent.push({ key: request.headers.get('Idempotency-Key'), text: body.body.content[0].content[0].text, baseVersion: body.baseVersion });
      const odd = misbehave(sent.length - 1);
      if (odd !== null) return odd;
      return HttpResponse.json(sampleRoundup({ id: 'r-1', version: body.baseVersion + 1, updatedAt: new Date().toISOString() }));
    }),
  );
  return sent;
}

describe('autosave against a server that misbehaves', () => {
  it('a save the server never answers times out, is resent with its key, and later saves go through', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.parse('2026-12-01T05:00:00.000Z') });
    const sent = saveEndpoint((index) => (index === 0 ? new Promise<Response>(() => undefined) : null));
    const autosave = startAutosave();

    autosave.type('첫 문장');
    await vi.advanceTimersByTimeAsync(defaultAutosaveTiming.idleMs);
    expect(sent).toHaveLength(1);
    autosave.type('첫 문장, 그리고 더');
    // A frozen server: no answer at all (the issue saw 90 s). The save gives up at its deadline instead of forever.
    await vi.advanceTimersByTimeAsync(requestTimeouts.write);
    expect(autosave.controller.current.kind).toBe('serverProblem');

    await vi.advanceTimersByTimeAsync(defaultAutosaveTiming.retryMs + defaultAutosaveTiming.idleMs);
    expect(autosave.controller.current).toMatchObject({ kind: 'saved' });
    // The lost save again, byte for byte with its key (it may have been applied), then the newer text on its version.
    expect(sent.map(({ text, baseVersion }) => ({ text, baseVersion }))).toEqual([
      { text: '첫 문장', baseVersion: 1 },
      { text: '첫 문장', baseVersion: 1 },
      { text: '첫 문장, 그리고 더', baseVersion: 2 },
    ]);
    expect(sent[1]!.key).toBe(sent[0]!.key);
    expect(sent[2]!.key).not.toBe(sent[0]!.key);
  });

  it('a 503 says when it retries, and the retry waits for the server’s Retry-After', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.parse('2026-12-01T05:00:00.000Z') });
    const sent = saveEndpoint((index) =>
      index === 0
        ? Promise.resolve(
            HttpResponse.json({ error: { code: 'internal', message: 'maintenance' } }, { status: 503, headers: { 'Retry-After': '120' } }),
          )
        : null,
    );
    const autosave = startAutosave();
    autosave.type('점검 중에 쓴 글');
    await vi.advanceTimersByTimeAsync(defaultAutosaveTiming.idleMs);
    const answeredAt = Date.now();
    expect(autosave.controller.current).toEqual({ kind: 'serverProblem', retryAt: new Date(answeredAt + 120_000).toISOString() });

    await vi.advanceTimersByTimeAsync(119_000);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toHaveLength(2);
    expect(autosave.controller.current.kind).toBe('saved');
    expect(autosave.states.some((state) => state.kind === 'offline')).toBe(false);
  });
});

import type { JSONContent } from '@tiptap/core';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { roundupResponseSchema } from '../src/contract/roundup-endpoints';
import { apiRoutes, idempotencyKeyHeader } from '../src/contract/routes';
import type { RoundupMetadata } from '../src/schema/roundup-metadata';
import { signInAs, type Client } from '../tests/contract/signed-in-client';
import { summarizeLatencies, type LatencySummary } from './latency-summary';
import type { RoundupFixture } from './roundup-fixture';

/** One simulated reporter: a session of their own and a roundup of their own, autosaving it. */
export interface AutosaveClient {
  client: Client;
  roundupId: string;
  version: number;
  meta: RoundupMetadata;
  body: JSONContent;
  /** The text nodes of the body's paragraphs, edited in place one after another. */
  paragraphTexts: JSONContent[];
  edits: number;
}

function paragraphTextNodes(body: JSONContent): JSONContent[] {
  return (body.content ?? []).flatMap((brief) =>
    (brief.content ?? [])
      .filter((child) => child.type === 'paragraph')
      .flatMap((paragraph) => (paragraph.content ?? []).filter((node) => typeof node.text === 'string' && node.text.length > 8)),
  );
}

/** Signs in (a session per client) and creates the client's roundup with the fixture as its first version. */
export async function prepareAutosaveClient(baseUrl: string, email: string, fixture: RoundupFixture): Promise<AutosaveClient> {
  const client = await signInAs({ baseUrl, fetch: (input, init) => globalThis.fetch(input, init) }, email);
  const response = await client.call(apiRoutes.roundups, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ meta: fixture.meta, body: fixture.body }),
  });
  if (response.status !== 201) throw new Error(`creating a roundup failed: ${response.status} ${(await response.text()).slice(0, 300)}`);
  const created = roundupResponseSchema.parse(await response.json());
  // The client edits its own copy (the server's canonical form of the fixture, which is the fixture itself).
  const body = created.body;
  return { client, roundupId: created.id, version: created.version, meta: created.meta, body, paragraphTexts: paragraphTextNodes(body), edits: 0 };
}

const hangulSyllables = '가나다라마바사아자차카타파하';

/** Types a few characters: the last four characters of the next paragraph become a counter spelled in Hangul. */
function editOneParagraph(client: AutosaveClient): void {
  const node = client.paragraphTexts[client.edits % client.paragraphTexts.length];
  if (node?.text === undefined) throw new Error('the fixture has no paragraph text to edit');
  let counter = client.edits;
  let stamp = '';
  for (let digit = 0; digit < 4; digit += 1) {
    stamp += hangulSyllables[counter % hangulSyllables.length];
    counter = Math.floor(counter / hangulSyllables.length);
  }
  node.text = node.text.slice(0, -4) + stamp;
  client.edits += 1;
}

const savedVersionSchema = z.object({ version: z.number().int() });

export type Pacing = { kind: 'saturate' } | { kind: 'paced'; intervalMs: number };

export interface LoadOptions {
  baseUrl: string;
  clients: readonly AutosaveClient[];
  pacing: Pacing;
  warmupMs: number;
  durationMs: number;
  /** Bound on saves per client whatever the clock says. */
  maxSavesPerClient: number;
  requestTimeoutMs: number;
  /** Called once, halfway through the measured window (e.g. to count open connections). */
  onHalfway?: () => void;
}

export interface LoadResult {
  pacing: Pacing;
  clients: number;
  /** Saves that started inside the measured window (after the warm-up) and succeeded. */
  saves: number;
  warmupSaves: number;
  elapsedMs: number;
  savesPerSecond: number;
  latency: LatencySummary;
  statusCounts: Record<string, number>;
}

class SaveFailed extends Error {}

/**
 * Every client autosaves its own roundup: edit a few characters, PUT the whole roundup with the version it last saw
 * and a fresh Idempotency-Key, read the answer, take the new version. With `saturate` each client saves again as
 * soon as the answer is in (a closed loop: latency and throughput are two sides of one number); with `paced` it
 * saves at most once per `intervalMs`, like the editor's autosave (1.5 s idle), starting at a random phase. Latency
 * is measured from sending the request to having read the whole response (request serialisation excluded).
 * Any answer but 2xx stops the run with an error: each client owns its roundup, so a 409 or 5xx is a bug.
 */
export async function runAutosaveLoad(options: LoadOptions): Promise<LoadResult> {
  const phaseStart = performance.now();
  const measureStart = phaseStart + options.warmupMs;
  const measureEnd = measureStart + options.durationMs;
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let warmupSaves = 0;
  let lastEnd = measureStart;
  let failure: Error | null = null;
  let halfwayCalled = false;

  async function saveOnce(client: AutosaveClient): Promise<void> {
    editOneParagraph(client);
    const payload = JSON.stringify({ baseVersion: client.version, meta: client.meta, body: client.body });
    const started = performance.now();
    const response = await client.client.call(apiRoutes.roundup(client.roundupId), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', [idempotencyKeyHeader]: randomUUID() },
      body: payload,
      signal: AbortSignal.timeout(options.requestTimeoutMs),
    });
    const text = await response.text();
    const ended = performance.now();
    statusCounts[response.status] = (statusCounts[response.status] ?? 0) + 1;
    if (response.status < 200 || response.status > 299) {
      throw new SaveFailed(`PUT ${apiRoutes.roundup(client.roundupId)} answered ${response.status}: ${text.slice(0, 300)}`);
    }
    const { version } = savedVersionSchema.parse(JSON.parse(text));
    if (version !== client.version + 1) {
      throw new SaveFailed(`roundup ${client.roundupId}: saved on version ${client.version}, got version ${version} back`);
    }
    client.version = version;
    if (started >= measureStart) {
      latencies.push(ended - started);
      lastEnd = Math.max(lastEnd, ended);
    } else {
      warmupSaves += 1;
    }
    if (!halfwayCalled && ended >= measureStart + options.durationMs / 2) {
      halfwayCalled = true;
      options.onHalfway?.();
    }
  }

  async function loop(client: AutosaveClient): Promise<void> {
    const { pacing } = options;
    let nextStart = pacing.kind === 'paced' ? phaseStart + Math.random() * pacing.intervalMs : phaseStart;
    for (let saves = 0; saves < options.maxSavesPerClient && failure === null; saves += 1) {
      if (pacing.kind === 'paced') {
        const wait = nextStart - performance.now();
        if (wait > 0) await sleep(wait);
        nextStart = Math.max(nextStart + pacing.intervalMs, performance.now());
      }
      if (performance.now() >= measureEnd) return;
      try {
        await saveOnce(client);
      } catch (error) {
        failure ??= error instanceof Error ? error : new Error(String(error));
        return;
      }
    }
  }

  await Promise.all(options.clients.map((client) => loop(client)));
  if (failure !== null) throw failure;
  const elapsedMs = lastEnd - measureStart;
  return {
    pacing: options.pacing,
    clients: options.clients.length,
    saves: latencies.length,
    warmupSaves,
    elapsedMs,
    savesPerSecond: elapsedMs > 0 ? (latencies.length / elapsedMs) * 1000 : 0,
    latency: summarizeLatencies(latencies),
    statusCounts,
  };
}

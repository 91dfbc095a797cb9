import type { JSONContent } from '@tiptap/core';
import { randomUUID } from 'node:crypto';
import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { roundupResponseSchema } from '../src/contract/roundup-endpoints';
import { apiRoutes, idempotencyKeyHeader } from '../src/contract/routes';
import { csrfHeaderName, csrfHeaderValue, sessionCookieName } from '../src/contract/user-endpoints';
import type { RoundupMetadata } from '../src/schema/roundup-metadata';
import { demoPassword } from '../src/services/demo-accounts';
import { httpExchange } from './http-exchange';
import { summarizeLatencies, type LatencySummary } from './latency-summary';
import type { RoundupFixture } from './roundup-fixture';

/** One simulated reporter: a connection, a session and a roundup of their own, autosaving it. */
export interface AutosaveClient {
  baseUrl: string;
  /** Keep-alive, one socket: the reporter's own connection, as their browser would hold it. */
  agent: Agent;
  /** `bureau_session=…` */
  cookie: string;
  roundupId: string;
  version: number;
  meta: RoundupMetadata;
  body: JSONContent;
  /** The text nodes of the body's paragraphs, edited in place one after another, with the brief each is in. */
  paragraphTexts: EditableText[];
  edits: number;
}

interface EditableText {
  node: JSONContent;
  brief: JSONContent;
}

function paragraphTextNodes(body: JSONContent): EditableText[] {
  return (body.content ?? []).flatMap((brief) =>
    (brief.content ?? [])
      .filter((child) => child.type === 'paragraph')
      .flatMap((paragraph) => (paragraph.content ?? []).filter((node) => typeof node.text === 'string' && node.text.length > 8))
      .map((node) => ({ node, brief })),
  );
}

const setupTimeoutMs = 60_000;

function sessionCookie(setCookie: string[] | undefined): string {
  for (const header of setCookie ?? []) {
    const [pair] = header.split(';');
    if (pair?.startsWith(`${sessionCookieName}=`) && pair.length > sessionCookieName.length + 1) return pair;
  }
  throw new Error('sign-in set no session cookie');
}

/**
 * Opens the client's connection, signs in (a session per client, as each reporter has their own) and creates the
 * client's roundup with the fixture as its first version.
 */
export async function prepareAutosaveClient(baseUrl: string, email: string, fixture: RoundupFixture): Promise<AutosaveClient> {
  // An idle socket is dropped after 4 s, before the server's keep-alive timeout (Node's default, 5 s) closes it
  // under a request about to be sent ("socket hang up").
  const agent = new Agent({ keepAlive: true, maxSockets: 1, timeout: 4_000 });
  const signIn = await httpExchange(new URL(apiRoutes.session, baseUrl).href, {
    agent,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [csrfHeaderName]: csrfHeaderValue },
    body: Buffer.from(JSON.stringify({ email, password: demoPassword })),
    timeoutMs: setupTimeoutMs,
  });
  if (signIn.status !== 200) throw new Error(`sign-in as ${email} failed: ${signIn.status} ${signIn.text.slice(0, 300)}`);
  const cookie = sessionCookie(signIn.headers['set-cookie']);
  const created = await httpExchange(new URL(apiRoutes.roundups, baseUrl).href, {
    agent,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [csrfHeaderName]: csrfHeaderValue, Cookie: cookie },
    body: Buffer.from(JSON.stringify({ meta: fixture.meta, body: fixture.body })),
    timeoutMs: setupTimeoutMs,
  });
  if (created.status !== 201) throw new Error(`creating a roundup failed: ${created.status} ${created.text.slice(0, 300)}`);
  const roundup = roundupResponseSchema.parse(JSON.parse(created.text));
  // The client edits its own copy: the server's canonical form of the fixture (which is the fixture itself).
  return {
    baseUrl,
    agent,
    cookie,
    roundupId: roundup.id,
    version: roundup.version,
    meta: roundup.meta,
    body: roundup.body,
    paragraphTexts: paragraphTextNodes(roundup.body),
    edits: 0,
  };
}

const hangulSyllables = '가나다라마바사아자차카타파하';

/**
 * Types a few characters: the last four characters of the next paragraph become a counter spelled in Hangul.
 * Returns the brief that now differs from the last save.
 */
function editOneParagraph(client: AutosaveClient): JSONContent {
  const editable = client.paragraphTexts[client.edits % client.paragraphTexts.length];
  const node = editable?.node;
  if (editable === undefined || node?.text === undefined) throw new Error('the fixture has no paragraph text to edit');
  let counter = client.edits;
  let stamp = '';
  for (let digit = 0; digit < 4; digit += 1) {
    stamp += hangulSyllables[counter % hangulSyllables.length];
    counter = Math.floor(counter / hangulSyllables.length);
  }
  node.text = node.text.slice(0, -4) + stamp;
  client.edits += 1;
  return editable.brief;
}

/**
 * `changes`: what the editor's autosave sends, `PATCH` with the brief order and the one edited brief.
 * `whole`: the full-document `PUT` (conflict resolution and older clients), the whole roundup both ways.
 */
export type SaveProtocol = 'changes' | 'whole';

function saveRequest(client: AutosaveClient, protocol: SaveProtocol, editedBrief: JSONContent): { method: string; payload: Buffer } {
  if (protocol === 'whole') {
    return { method: 'PUT', payload: Buffer.from(JSON.stringify({ baseVersion: client.version, meta: client.meta, body: client.body })) };
  }
  const briefOrder = (client.body.content ?? []).map((brief) => String(brief.attrs?.id));
  return { method: 'PATCH', payload: Buffer.from(JSON.stringify({ baseVersion: client.version, briefOrder, briefs: [editedBrief] })) };
}

const savedVersionSchema = z.object({ version: z.number().int() });

export type Pacing = { kind: 'saturate' } | { kind: 'paced'; intervalMs: number };

export interface LoadOptions {
  baseUrl: string;
  protocol: SaveProtocol;
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
  protocol: SaveProtocol;
  clients: number;
  windowMs: number;
  /** Successful saves that completed inside the measured window: saves/s = saves ÷ window (as wrk counts). */
  saves: number;
  savesPerSecond: number;
  /** Latency of every save that started inside the window, however late it finished. */
  latency: LatencySummary;
  /** The slowest of those: when they started (ms after the window opened) and how long they took. */
  slowest: { startedAtMs: number; latencyMs: number }[];
  /** Saves started in the warm-up (not in `latency`), and the slowest of them: the start-up transient. */
  warmupSaves: number;
  warmupMaxLatencyMs: number;
  statusCounts: Record<string, number>;
}

class SaveFailed extends Error {}

/**
 * Every client autosaves its own roundup: edit a few characters, send the save (see `SaveProtocol`) with the version
 * it last saw and a fresh Idempotency-Key, read the answer, take the new version. With `saturate` each client saves
 * again as soon as the answer is in (a closed loop: latency and throughput are two sides of one number); with `paced`
 * it saves once per `intervalMs` on a schedule, starting at a random phase. Latency is measured from sending the
 * request (or, when paced, from when it was due, if that was earlier) to having read and decoded the whole response
 * (serialising the request is excluded, as it happens in the browser before the request leaves). Throughput counts the saves completed inside the
 * measured window; latency covers the saves started inside it (the warm-up's are reported apart).
 * Any answer but 2xx stops the run with an error: each client owns its roundup, so a 409 or 5xx is a bug.
 */
export async function runAutosaveLoad(options: LoadOptions): Promise<LoadResult> {
  const phaseStart = performance.now();
  const measureStart = phaseStart + options.warmupMs;
  const measureEnd = measureStart + options.durationMs;
  const latencies: number[] = [];
  const starts: number[] = [];
  const statusCounts: Record<string, number> = {};
  let completedInWindow = 0;
  let warmupSaves = 0;
  let warmupMaxLatencyMs = 0;
  let failure: Error | null = null;
  let halfwayCalled = false;

  /** `due`: when a paced save was meant to leave; a late start counts in its latency (no coordinated omission). */
  async function saveOnce(client: AutosaveClient, due: number | null): Promise<void> {
    const { method, payload } = saveRequest(client, options.protocol, editOneParagraph(client));
    const url = new URL(apiRoutes.roundup(client.roundupId), client.baseUrl).href;
    const sent = performance.now();
    const started = due === null ? sent : Math.min(due, sent);
    const answer = await httpExchange(url, {
      agent: client.agent,
      method,
      headers: {
        'Content-Type': 'application/json',
        [csrfHeaderName]: csrfHeaderValue,
        Cookie: client.cookie,
        [idempotencyKeyHeader]: randomUUID(),
      },
      body: payload,
      timeoutMs: options.requestTimeoutMs,
    });
    const ended = performance.now();
    statusCounts[answer.status] = (statusCounts[answer.status] ?? 0) + 1;
    if (answer.status < 200 || answer.status > 299) {
      throw new SaveFailed(`${method} ${apiRoutes.roundup(client.roundupId)} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
    }
    const { version } = savedVersionSchema.parse(JSON.parse(answer.text));
    if (version !== client.version + 1) {
      throw new SaveFailed(`roundup ${client.roundupId}: saved on version ${client.version}, got version ${version} back`);
    }
    client.version = version;
    if (ended >= measureStart && ended <= measureEnd) completedInWindow += 1;
    if (started < measureStart) {
      warmupSaves += 1;
      warmupMaxLatencyMs = Math.max(warmupMaxLatencyMs, ended - started);
    } else {
      latencies.push(ended - started);
      starts.push(started - measureStart);
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
      let due: number | null = null;
      if (pacing.kind === 'paced') {
        const wait = nextStart - performance.now();
        if (wait > 0) await sleep(wait);
        due = nextStart;
        // A client that falls behind its schedule does not try to catch up with a burst.
        nextStart = Math.max(nextStart + pacing.intervalMs, performance.now());
      }
      if (performance.now() >= measureEnd) return;
      try {
        await saveOnce(client, due);
      } catch (error) {
        failure ??= error instanceof Error ? error : new Error(String(error));
        return;
      }
    }
  }

  await Promise.all(options.clients.map((client) => loop(client)));
  if (failure !== null) throw failure;
  const slowest = latencies
    .map((latencyMs, index) => ({ startedAtMs: starts[index] ?? Number.NaN, latencyMs }))
    .sort((left, right) => right.latencyMs - left.latencyMs)
    .slice(0, 5);
  return {
    pacing: options.pacing,
    protocol: options.protocol,
    clients: options.clients.length,
    windowMs: options.durationMs,
    saves: completedInWindow,
    savesPerSecond: (completedInWindow / options.durationMs) * 1000,
    latency: summarizeLatencies(latencies),
    slowest,
    warmupSaves,
    warmupMaxLatencyMs,
    statusCounts,
  };
}

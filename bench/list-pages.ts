import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { JSONContent } from '@tiptap/core';
import { emptyRoundupMetadata } from '../src/schema/roundup-metadata';
import { roundupStatuses } from '../src/schema/roundup-status';
import type { Actor } from '../src/services/actor';
import { createRoundupService, type RoundupService } from '../src/services/roundup-service';
import type { RoundupStorage } from '../src/services/roundup-storage';
import { sha256Hex } from '../src/services/sha256';
import type { StoredRoundup } from '../src/services/stored-roundup';
import type { RevisionWrite } from '../src/services/stored-revision';
import type { DatabaseStorage } from '../src/server/storage/database-storage';
import { openIsolatedPostgresStorage } from '../src/server/storage/postgres/open-isolated-postgres-storage';
import { openSqliteStorage } from '../src/server/storage/sqlite/open-sqlite-storage';
import { summarizeLatencies } from './latency-summary';
import { machineFacts } from './machine-facts';
import { seededRandom } from './seeded-random';

/**
 * `npm run bench:list`: the dashboard's list and the history panel's revisions with 10 000 roundups and 5 000
 * revisions of one roundup, through the roundup service over the server's own storage (SQLite, and PostgreSQL when
 * DATABASE_URL is set), each answer serialised to JSON as the API sends it. See BENCHMARKS.md.
 */

const roundupCount = 10_000;
const revisionCount = 5_000;
const warmupCalls = 5;
const measuredCalls = 60;
const laterPageNumber = 20;
const goalMs = 20;
const resultsFile = fileURLToPath(new URL('./results/list-pages.json', import.meta.url));

const regions = ['광주', '전남', '목포', '여수', '순천', '나주', '광양', '담양', '곡성', '구례', '화순', '해남'] as const;
const topics = ['소식', '행정', '축제', '복지', '교육', '문화', '환경', '안전'] as const;
const historyId = 'r-history';
const desk: Actor = { id: 'u-desk-1', name: '데스크', role: 'desk' };
const now = Date.parse('2026-12-07T12:00:00.000Z');

function pick<Item>(items: readonly Item[], random: () => number): Item {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('cannot pick from an empty list');
  return item;
}

function body(id: string, heading: string): JSONContent {
  return {
    type: 'doc',
    content: [
      {
        type: 'brief',
        attrs: { id: `b-${id}` },
        content: [
          { type: 'briefHeading', content: [{ type: 'text', text: heading }] },
          { type: 'paragraph', content: [{ type: 'text', text: `${heading} 본문입니다.` }] },
        ],
      },
    ],
  };
}

/** 10 000 roundups over 90 days: 20 reporters, 4 desks, 12 regions, every status. */
function seededRoundups(): StoredRoundup[] {
  const random = seededRandom(14);
  const roundups: StoredRoundup[] = [];
  for (let index = 0; index < roundupCount; index += 1) {
    const id = `r-${String(index).padStart(5, '0')}`;
    const region = pick(regions, random);
    const status = pick(roundupStatuses, random);
    const updatedAt = new Date(now - Math.floor(random() * 90 * 24 * 60) * 60_000).toISOString();
    const reviewed = status !== 'draft' && status !== 'submitted';
    const headline = `[${region}소식] ${pick(topics, random)} ${index}호`;
    roundups.push({
      id,
      ownerId: `u-reporter-${Math.floor(random() * 20)}`,
      meta: { ...emptyRoundupMetadata(), kicker: `${region}소식`, headline, region },
      body: body(id, headline),
      status,
      workflow: reviewed ? { reviewer: { by: `u-desk-${Math.floor(random() * 4)}`, byName: '데스크', at: updatedAt } } : {},
      version: 1,
      workflowRevision: reviewed ? 2 : 0,
      schemaVersion: 1,
      createdAt: updatedAt,
      updatedAt,
    });
  }
  return roundups;
}

function historyRevision(roundup: StoredRoundup, version: number): RevisionWrite {
  const json = JSON.stringify(body(`${historyId}-${version}`, `소제목 ${version}`).content?.[0]);
  const hash = sha256Hex(json);
  return {
    revision: {
      roundupId: historyId,
      version,
      at: new Date(now - (revisionCount - version) * 1000).toISOString(),
      author: { id: 'u-reporter-1', name: '신대희' },
      kind: version === 1 ? 'created' : 'saved',
      briefs: [{ briefId: `b-${historyId}`, heading: `소제목 ${version}`, change: 'edited' }],
      reordered: false,
      metaChanged: false,
      status: 'draft',
      schemaVersion: roundup.schemaVersion,
      meta: roundup.meta,
      briefRefs: [{ id: `b-${historyId}`, hash }],
    },
    contents: [{ hash, json }],
  };
}

async function seed(storage: RoundupStorage): Promise<void> {
  // A few inserts at a time: PostgreSQL's pool works them side by side (SQLite runs each at once anyway).
  const roundups = seededRoundups();
  for (let start = 0; start < roundups.length; start += 8) await Promise.all(roundups.slice(start, start + 8).map((roundup) => storage.insert(roundup)));
  let history: StoredRoundup = { ...seededRoundups()[0]!, id: historyId, status: 'draft', workflow: {}, workflowRevision: 0 };
  await storage.insert(history, historyRevision(history, 1));
  for (let version = 2; version <= revisionCount; version += 1) {
    const next: StoredRoundup = { ...history, version };
    if (!(await storage.update(next, { version: history.version, workflowRevision: 0 }, { revision: historyRevision(next, version) }))) {
      throw new Error(`revision ${version} was not stored`);
    }
    history = next;
  }
}

interface CaseResult {
  name: string;
  items: number;
  responseBytes: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

async function measure(name: string, call: () => Promise<object>): Promise<CaseResult> {
  let last = '';
  for (let index = 0; index < warmupCalls; index += 1) last = JSON.stringify(await call());
  const samples: number[] = [];
  for (let index = 0; index < measuredCalls; index += 1) {
    const started = performance.now();
    last = JSON.stringify(await call());
    samples.push(performance.now() - started);
  }
  const summary = summarizeLatencies(samples);
  const parsed: unknown = JSON.parse(last);
  const items = typeof parsed === 'object' && parsed !== null && 'items' in parsed && Array.isArray(parsed.items) ? parsed.items.length : 0;
  const p95 = [...samples].sort((left, right) => left - right)[Math.ceil(0.95 * samples.length) - 1] ?? Number.NaN;
  return { name, items, responseBytes: Buffer.byteLength(last), medianMs: summary.p50, p95Ms: p95, maxMs: summary.max };
}

/** The cursor of the page `pageNumber` (1-based) of an unfiltered list, when the API pages; null otherwise. */
async function laterPageCursor(service: RoundupService, pageNumber: number): Promise<string | null> {
  let cursor: string | null = null;
  for (let page = 1; page < pageNumber; page += 1) {
    const response: object = await service.list(desk, cursor === null ? {} : { cursor });
    if (!('nextCursor' in response) || typeof response.nextCursor !== 'string') return null;
    cursor = response.nextCursor;
  }
  return cursor;
}

async function runOn(engine: string, storage: DatabaseStorage): Promise<CaseResult[]> {
  const seedStarted = performance.now();
  await seed(storage.roundups);
  console.log(`${engine}: seeded ${roundupCount} roundups and ${revisionCount} revisions in ${Math.round(performance.now() - seedStarted)} ms`);
  const service = createRoundupService({ storage: storage.roundups, clock: () => new Date(now), generateId: () => 'unused' });
  const results: CaseResult[] = [];
  results.push(await measure('dashboard: first page', () => service.list(desk, {})));
  results.push(
    await measure('dashboard: filtered (status, region, days, search)', () =>
      service.list(desk, { status: 'in_review', region: '광주', from: '2026-10-01', to: '2026-11-30', q: '소식' }),
    ),
  );
  const cursor = await laterPageCursor(service, laterPageNumber);
  if (cursor !== null) results.push(await measure(`dashboard: page ${laterPageNumber}`, () => service.list(desk, { cursor })));
  results.push(await measure('history: first page', () => service.revisions(desk, historyId, {})));
  results.push(await measure('history: page from version 1000', () => service.revisions(desk, historyId, { before: 1000 })));
  return results;
}

function print(engine: string, results: readonly CaseResult[]): void {
  console.log(`\n${engine}`);
  console.log('case'.padEnd(54) + 'items'.padStart(7) + 'bytes'.padStart(10) + 'median ms'.padStart(11) + 'p95 ms'.padStart(9));
  for (const result of results) {
    const mark = result.p95Ms <= goalMs ? '' : '  (over the goal)';
    console.log(
      result.name.padEnd(54) +
        String(result.items).padStart(7) +
        String(result.responseBytes).padStart(10) +
        result.medianMs.toFixed(2).padStart(11) +
        result.p95Ms.toFixed(2).padStart(9) +
        mark,
    );
  }
}

async function main(): Promise<void> {
  const machine = machineFacts();
  const loadAtStart = loadavg();
  // Other processes on the machine move the p95 most: say how busy it was.
  console.log(`${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}, SQLite ${machine.sqlite}, load average ${loadAtStart.map((load) => load.toFixed(1)).join(' ')}`);
  const engines: Record<string, CaseResult[]> = {};
  const directory = await mkdtemp(join(tmpdir(), 'bureau-bench-list-'));
  try {
    const sqlite = await openSqliteStorage({ file: join(directory, 'bureau.sqlite') });
    try {
      engines.sqlite = await runOn('sqlite', sqlite);
    } finally {
      await sqlite.close();
    }
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl !== undefined && databaseUrl !== '') {
    const postgres = await openIsolatedPostgresStorage(databaseUrl);
    try {
      engines.postgres = await runOn('postgres', postgres);
    } finally {
      await postgres.close();
    }
  } else {
    console.log('PostgreSQL skipped: set DATABASE_URL=postgres://… to measure it too');
  }
  const loadAtEnd = loadavg();
  for (const [engine, results] of Object.entries(engines)) print(engine, results);
  console.log(`\nload average at the end ${loadAtEnd.map((load) => load.toFixed(1)).join(' ')}`);
  await mkdir(dirname(resultsFile), { recursive: true });
  await writeFile(
    resultsFile,
    `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, loadAverage: { atStart: loadAtStart, atEnd: loadAtEnd }, roundupCount, revisionCount, measuredCalls, goalMs, engines }, null, 2)}\n`,
  );
  console.log(`\nwritten to ${resultsFile}`);
}

await main();

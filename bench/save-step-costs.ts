import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { JSONContent } from '@tiptap/core';
import { roundupResponseSchema, saveRoundupRequestSchema } from '../src/contract/roundup-endpoints';
import { roundupBodySchema } from '../src/schema/roundup-body';
import { roundupSchema, type Roundup } from '../src/schema/roundup';
import { validateRoundupBody } from '../src/schema/validate-roundup-body';
import { emptyWorkflow } from '../src/schema/roundup-workflow';
import { openSqliteStorage } from '../src/server/storage/sqlite/open-sqlite-storage';
import { canonicalJson } from '../src/services/canonical-json';
import { sha256Hex } from '../src/services/sha256';
import { summarizeLatencies } from './latency-summary';
import { createRoundupFixture } from './roundup-fixture';

/**
 * `npx tsx bench/save-step-costs.ts`: the CPU cost of each step the server takes for one autosave of the benchmark
 * draft, calling the very functions the route, the service and the SQLite adapter call, one at a time, in one
 * process (no HTTP, no concurrency). Complements the CPU profile that `BENCH_CPU_PROFILE=1 npm run bench:server`
 * takes of the loaded server. Also times the alternatives BENCHMARKS.md discusses (node:crypto's SHA-256, an
 * order-insensitive deep comparison with early exit).
 */

const iterations = 200;
const warmup = 30;

interface StepCost {
  step: string;
  timesPerSave: number;
  medianMs: number;
  p90Ms: number;
}

const costs: StepCost[] = [];

async function measure(step: string, timesPerSave: number, run: (iteration: number) => unknown): Promise<void> {
  for (let iteration = 0; iteration < warmup; iteration += 1) await run(iteration);
  const samples: number[] = [];
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    const started = performance.now();
    await run(iteration);
    samples.push(performance.now() - started);
  }
  const summary = summarizeLatencies(samples);
  costs.push({ step, timesPerSave, medianMs: summary.p50, p90Ms: summary.p90 });
}

/** Same meaning as comparing `canonicalJson` of both sides, without building either string; stops at the first difference. */
function sameJson(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (left === null || right === null || typeof left !== 'object' || typeof right !== 'object') return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item: unknown, index) => sameJson(item, right[index]));
  }
  const leftEntries = Object.entries(left).filter(([, value]) => value !== undefined);
  const rightEntries = new Map(Object.entries(right).filter(([, value]) => value !== undefined));
  return leftEntries.length === rightEntries.size && leftEntries.every(([key, value]) => rightEntries.has(key) && sameJson(value, rightEntries.get(key)));
}

function withEditedParagraph(body: JSONContent, iteration: number): JSONContent {
  const copy = roundupBodySchema.parse(JSON.parse(JSON.stringify(body)));
  const brief = copy.content?.[iteration % (copy.content?.length ?? 1)];
  const textNode = brief?.content?.[1]?.content?.at(-1);
  if (textNode?.text !== undefined) textNode.text = `${textNode.text.slice(0, -4)}${String(iteration % 10_000).padStart(4, '0')}`;
  return copy;
}

async function main(): Promise<void> {
  const fixture = createRoundupFixture();
  const edited = withEditedParagraph(fixture.body, 7);
  const requestText = JSON.stringify({ baseVersion: 1, meta: fixture.meta, body: edited });
  const request = saveRoundupRequestSchema.parse(JSON.parse(requestText));
  const fingerprintText = canonicalJson({ actor: 'u-reporter', id: 'r-bench', baseVersion: 1, meta: request.meta, body: request.body });
  const validation = validateRoundupBody(request.body);
  if (!validation.ok) throw new Error('the fixture does not validate');
  const canonical = roundupBodySchema.parse(validation.doc.toJSON());
  const now = new Date().toISOString();
  const stored: Roundup = {
    id: 'r-bench',
    ownerId: 'u-reporter',
    meta: fixture.meta,
    body: fixture.body,
    status: 'draft',
    workflow: emptyWorkflow(),
    version: 1,
    workflowRevision: 0,
    schemaVersion: 1,
    createdAt: now,
    updatedAt: now,
  };
  console.log(`Draft: body JSON ${fixture.bodyBytes} bytes; request ${Buffer.byteLength(requestText)} bytes; canonical fingerprint input ${Buffer.byteLength(fingerprintText)} bytes`);

  await measure('route  readJson: JSON.parse of the request', 1, () => JSON.parse(requestText));
  await measure('route+service  saveRoundupRequestSchema.safeParse (zod)', 2, () => saveRoundupRequestSchema.safeParse(request));
  await measure('service  checkBodySize: JSON.stringify + TextEncoder', 1, () => new TextEncoder().encode(JSON.stringify(request.body)).byteLength);
  await measure('service  fingerprint: canonicalJson(request)', 1, () =>
    canonicalJson({ actor: 'u-reporter', id: 'r-bench', baseVersion: 1, meta: request.meta, body: request.body }),
  );
  await measure('service  fingerprint: sha256Hex (pure JS)', 1, () => sha256Hex(fingerprintText));
  await measure('service  canonicalBody: validateRoundupBody', 1, () => validateRoundupBody(request.body));
  await measure('service  canonicalBody: doc.toJSON + roundupBodySchema.parse', 1, () => roundupBodySchema.parse(validation.doc.toJSON()));
  await measure('service  load → toRoundup: roundupSchema.safeParse (zod)', 1, () => roundupSchema.safeParse(stored));
  await measure('service  unchanged check: canonicalJson(body) (×2 bodies)', 2, () => canonicalJson(canonical));
  await measure('route  response: roundupResponseSchema.parse (zod)', 1, () => roundupResponseSchema.parse(stored));
  await measure('route  response: JSON.stringify (c.json)', 1, () => JSON.stringify(stored));

  const directory = mkdtempSync(join(tmpdir(), 'bureau-bench-steps-'));
  const storage = await openSqliteStorage({ file: join(directory, 'bureau.sqlite') });
  try {
    await storage.roundups.insert(stored);
    let version = 1;
    await measure('sqlite  storage.get (SELECT + JSON.parse + zod ×2)', 1, () => storage.roundups.get('r-bench'));
    await measure('sqlite  storage.update with idempotency record (stringify ×2 + 2 writes)', 1, async (iteration) => {
      const next = { ...stored, body: canonical, version: version + 1, updatedAt: new Date().toISOString() };
      const record = { key: `k-${iteration}-${version}`, requestFingerprint: 'f', roundupId: 'r-bench', result: next, createdAt: next.updatedAt };
      if (!(await storage.roundups.update(next, { version, workflowRevision: 0 }, { idempotencyRecord: record }))) throw new Error('update lost its compare-and-set');
      version += 1;
    });
  } finally {
    await storage.close();
    rmSync(directory, { recursive: true, force: true });
  }

  await measure('alternative  node:crypto SHA-256 of the same text', 1, () => createHash('sha256').update(fingerprintText).digest('hex'));
  await measure('alternative  sameJson(body, stored body): deep compare, early exit', 1, () => sameJson(canonical, fixture.body));
  await measure('alternative  sameJson on equal bodies (worst case: no difference)', 1, () => sameJson(canonical, roundupBodySchema.parse(validation.doc.toJSON())));

  const width = Math.max(...costs.map((cost) => cost.step.length));
  console.log(`\n${'step'.padEnd(width)}  ×/save   median ms   p90 ms   ms per save`);
  let total = 0;
  for (const cost of costs) {
    const perSave = cost.medianMs * cost.timesPerSave;
    if (!cost.step.startsWith('alternative')) total += perSave;
    console.log(
      `${cost.step.padEnd(width)}  ${String(cost.timesPerSave).padStart(6)}   ${cost.medianMs.toFixed(3).padStart(9)}   ${cost.p90Ms.toFixed(3).padStart(6)}   ${cost.step.startsWith('alternative') ? '' : perSave.toFixed(2).padStart(11)}`,
    );
  }
  console.log(`${'sum of the server steps above (medians; excludes HTTP, Hono, auth, GC)'.padEnd(width)}                               ${total.toFixed(2).padStart(11)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import { mkdtemp, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { demoAccounts } from '../src/services/demo-accounts';
import { prepareAutosaveClient, runAutosaveLoad, type AutosaveClient, type LoadResult } from './autosave-load';
import { readBenchSettings, type BenchSettings } from './bench-settings';
import { summarizeCpuProfile, printCpuProfileBreakdown } from './cpu-profile-breakdown';
import { establishedConnections } from './established-connections';
import { machineFacts } from './machine-facts';
import { runRawSqliteUpsert, type RawUpsertResult } from './raw-sqlite-upsert';
import { autosaveFixtureShape, createRoundupFixture, type RoundupFixture } from './roundup-fixture';
import { startServerChild, type ServerChild } from './server-child';

/**
 * `npm run bench:server`: autosave of a ~150 kB draft by 50 concurrent clients against the real server on SQLite,
 * side by side with raw better-sqlite3 upserts of the same JSON on the same machine. See BENCHMARKS.md.
 */

const goal = { p99Ms: 25, throughputRatio: 0.3 };
const requestTimeoutMs = 30_000;
const maxSavesPerClient = 100_000;
const resultsFile = fileURLToPath(new URL('./results/server-autosave.json', import.meta.url));

function reporterEmail(): string {
  const reporter = demoAccounts.find((account) => account.role === 'reporter');
  if (reporter === undefined) throw new Error('no demo reporter account');
  return reporter.email;
}

interface ServerCpu {
  /** Server process CPU (user + system) during the measured window, per successful save. */
  serverCpuMsPerSave: number;
  /** Share of one core the server used during the window (2.0 would be both cores of a 2-core machine). */
  serverCores: number;
  /** Same for this process, the load generator. */
  loadGeneratorCores: number;
}

interface PhaseResult extends LoadResult {
  cpu: ServerCpu;
  connectionsAtHalfway: number | null;
}

interface RunResult {
  run: number;
  /** Partial saves (what the editor sends), back to back. */
  saturated: PhaseResult;
  /** Partial saves at the editor's autosave pace. */
  paced: PhaseResult;
  /** Partial saves offered at the goal's throughput (30 % of this run's raw upserts/s), spread over the clients. */
  atGoalRate: PhaseResult;
  /** Whole-document saves, back to back: the protocol before partial saves, for comparison. */
  wholeSaturated: PhaseResult;
  raw: RawUpsertResult;
  /** saturated saves/s ÷ raw upserts/s */
  ratio: number;
  databaseBytesAfterRun: number;
}

async function serverCpuMicros(server: ServerChild): Promise<number> {
  const usage = await server.ask({ command: 'cpu-usage' }, 'cpu-usage');
  return usage.userMicros + usage.systemMicros;
}

function ownCpuMicros(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

/**
 * Runs one load phase and measures, over its measured window only (after the warm-up), the CPU time of the server
 * and of this process; optionally profiles the server's main thread over that window.
 */
async function measuredPhase(
  server: ServerChild,
  clients: readonly AutosaveClient[],
  settings: BenchSettings,
  pacing: LoadResult['pacing'],
  protocol: LoadResult['protocol'],
  profileFile: string | null,
): Promise<PhaseResult> {
  let connectionsAtHalfway: number | null = null;
  const snapshot = async () => ({ server: await serverCpuMicros(server), own: ownCpuMicros(), at: performance.now() });
  // CPU time (and the profile) cover the measured window only, on timers alongside the load.
  const phaseStarted = performance.now();
  const window = (async () => {
    await sleep(settings.warmupMs);
    if (profileFile !== null) await server.ask({ command: 'start-profile', samplingIntervalMicros: 500 }, 'profile-started');
    const start = await snapshot();
    await sleep(Math.max(0, phaseStarted + settings.warmupMs + settings.durationMs - performance.now()));
    const end = await snapshot();
    if (profileFile !== null) await server.ask({ command: 'stop-profile', file: profileFile }, 'profile-written', 120_000);
    return { start, end };
  })();
  // If the load fails first, its error is the one to report; the window's own failure must not go unhandled.
  window.catch(() => undefined);
  const load = await runAutosaveLoad({
    baseUrl: server.url,
    protocol,
    clients,
    pacing,
    warmupMs: settings.warmupMs,
    durationMs: settings.durationMs,
    maxSavesPerClient,
    requestTimeoutMs,
    onHalfway: () => {
      connectionsAtHalfway = establishedConnections(server.port);
    },
  });
  const { start, end } = await window;
  const wallMicros = (end.at - start.at) * 1000;
  const serverCores = (end.server - start.server) / wallMicros;
  return {
    ...load,
    connectionsAtHalfway,
    cpu: {
      serverCpuMsPerSave: load.saves > 0 ? (serverCores * settings.durationMs) / load.saves : Number.NaN,
      serverCores,
      loadGeneratorCores: (end.own - start.own) / wallMicros,
    },
  };
}

async function fileBytes(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

async function runOnce(run: number, settings: BenchSettings, fixture: RoundupFixture, reporterEmail: string): Promise<{ result: RunResult; profileFile: string | null }> {
  // The anchor first, while the machine is quiet: it also sets the rate of the at-goal phase.
  process.stdout.write(`run ${run}: raw SQLite… `);
  const raw = runRawSqliteUpsert({
    json: JSON.stringify(fixture.body),
    rows: settings.clients,
    durationMs: settings.durationMs,
    maxStatements: 10_000_000,
  });
  process.stdout.write(`${raw.upsertsPerSecond.toFixed(0)} upserts/s; `);

  const dataDir = await mkdtemp(join(tmpdir(), 'bureau-bench-server-'));
  const profileFile = settings.cpuProfile !== null ? join(tmpdir(), `bureau-server-autosave-${Date.now()}.cpuprofile`) : null;
  const server = await startServerChild({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    PHOTO_STORAGE: 'disk',
    SEED_DEMO: 'true',
    STATIC_DIR: join(dataDir, 'no-app'),
    SHUTDOWN_GRACE_MS: '5000',
  }).catch(async (error: unknown) => {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  const databaseFile = join(dataDir, 'bureau.sqlite');
  let databaseBytesAfterRun = 0;
  let saturated: PhaseResult;
  let paced: PhaseResult;
  let atGoalRate: PhaseResult;
  let wholeSaturated: PhaseResult;
  const clients: AutosaveClient[] = [];
  try {
    clients.push(...await Promise.all(
      Array.from({ length: settings.clients }, () => prepareAutosaveClient(server.url, reporterEmail, fixture)),
    ));
    process.stdout.write(`${clients.length} clients; partial saves back to back… `);
    saturated = await measuredPhase(server, clients, settings, { kind: 'saturate' }, 'changes', settings.cpuProfile === 'saturate' ? profileFile : null);
    process.stdout.write(`${saturated.savesPerSecond.toFixed(1)} saves/s; paced… `);
    paced = await measuredPhase(server, clients, settings, { kind: 'paced', intervalMs: settings.pacedIntervalMs }, 'changes', null);
    process.stdout.write(`p99 ${paced.latency.p99.toFixed(1)} ms; `);
    const goalRate = goal.throughputRatio * raw.upsertsPerSecond;
    const intervalMs = (settings.clients / goalRate) * 1000;
    process.stdout.write(`at ${goalRate.toFixed(0)} saves/s offered… `);
    atGoalRate = await measuredPhase(server, clients, settings, { kind: 'paced', intervalMs }, 'changes', settings.cpuProfile === 'at-goal' ? profileFile : null);
    process.stdout.write(`${atGoalRate.savesPerSecond.toFixed(0)}/s, p99 ${atGoalRate.latency.p99.toFixed(1)} ms; whole documents… `);
    wholeSaturated = await measuredPhase(server, clients, settings, { kind: 'saturate' }, 'whole', null);
    process.stdout.write(`${wholeSaturated.savesPerSecond.toFixed(1)} saves/s\n`);
  } finally {
    for (const client of clients) client.agent.destroy();
    await server.stop();
    databaseBytesAfterRun = (await fileBytes(databaseFile)) + (await fileBytes(`${databaseFile}-wal`));
    await rm(dataDir, { recursive: true, force: true });
  }
  return {
    result: {
      run,
      saturated,
      paced,
      atGoalRate,
      wholeSaturated,
      raw,
      ratio: saturated.savesPerSecond / raw.upsertsPerSecond,
      databaseBytesAfterRun,
    },
    profileFile,
  };
}

interface Metric {
  label: string;
  unit: string;
  value: (run: RunResult) => number;
  digits: number;
}

const metrics: readonly Metric[] = [
  { label: 'partial saves/s (50 clients, back to back)', unit: '/s', value: (run) => run.saturated.savesPerSecond, digits: 1 },
  { label: '  latency p50', unit: 'ms', value: (run) => run.saturated.latency.p50, digits: 1 },
  { label: '  latency p90', unit: 'ms', value: (run) => run.saturated.latency.p90, digits: 1 },
  { label: '  latency p99', unit: 'ms', value: (run) => run.saturated.latency.p99, digits: 1 },
  { label: '  latency max', unit: 'ms', value: (run) => run.saturated.latency.max, digits: 1 },
  { label: '  slowest warm-up save (not in the above)', unit: 'ms', value: (run) => run.saturated.warmupMaxLatencyMs, digits: 1 },
  { label: '  server CPU per save', unit: 'ms', value: (run) => run.saturated.cpu.serverCpuMsPerSave, digits: 2 },
  { label: '  server process cores busy', unit: '', value: (run) => run.saturated.cpu.serverCores, digits: 2 },
  { label: '  load generator cores busy', unit: '', value: (run) => run.saturated.cpu.loadGeneratorCores, digits: 2 },
  { label: 'raw better-sqlite3 upserts/s', unit: '/s', value: (run) => run.raw.upsertsPerSecond, digits: 0 },
  { label: '  statement p50', unit: 'ms', value: (run) => run.raw.statement.p50, digits: 3 },
  { label: '  statement p99', unit: 'ms', value: (run) => run.raw.statement.p99, digits: 3 },
  { label: 'ratio partial saves ÷ raw', unit: '%', value: (run) => run.ratio * 100, digits: 2 },
  { label: 'partial saves offered at 30 % of raw', unit: '/s', value: (run) => run.atGoalRate.savesPerSecond, digits: 1 },
  { label: '  latency p50', unit: 'ms', value: (run) => run.atGoalRate.latency.p50, digits: 1 },
  { label: '  latency p99', unit: 'ms', value: (run) => run.atGoalRate.latency.p99, digits: 1 },
  { label: '  latency max', unit: 'ms', value: (run) => run.atGoalRate.latency.max, digits: 1 },
  { label: '  server CPU per save', unit: 'ms', value: (run) => run.atGoalRate.cpu.serverCpuMsPerSave, digits: 2 },
  { label: 'paced autosave (1 per client per 1.5 s)', unit: '/s', value: (run) => run.paced.savesPerSecond, digits: 1 },
  { label: '  latency p50', unit: 'ms', value: (run) => run.paced.latency.p50, digits: 1 },
  { label: '  latency p99', unit: 'ms', value: (run) => run.paced.latency.p99, digits: 1 },
  { label: '  latency max', unit: 'ms', value: (run) => run.paced.latency.max, digits: 1 },
  { label: 'whole-document saves/s (back to back)', unit: '/s', value: (run) => run.wholeSaturated.savesPerSecond, digits: 1 },
  { label: '  latency p99', unit: 'ms', value: (run) => run.wholeSaturated.latency.p99, digits: 1 },
  { label: '  server CPU per save', unit: 'ms', value: (run) => run.wholeSaturated.cpu.serverCpuMsPerSave, digits: 2 },
];

function medianRun(runs: readonly RunResult[]): RunResult {
  const sorted = [...runs].sort((left, right) => left.saturated.savesPerSecond - right.saturated.savesPerSecond);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (median === undefined) throw new Error('no runs');
  return median;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function printTable(runs: readonly RunResult[], median: RunResult): void {
  const rows = metrics.map((metric) => {
    const values = runs.map(metric.value);
    const range = `${Math.min(...values).toFixed(metric.digits)} – ${Math.max(...values).toFixed(metric.digits)}`;
    return [metric.label, `${metric.value(median).toFixed(metric.digits)} ${metric.unit}`.trim(), range];
  });
  const header = ['', `median run (#${median.run})`, `range of ${runs.length} run${runs.length === 1 ? '' : 's'}`];
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => row[index]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0))).join('  ');
  console.log(`\n${line(header)}`);
  for (const row of rows) console.log(line(row));
}

function summarizeRun(run: RunResult) {
  const phase = (result: PhaseResult) => ({
    windowMs: result.windowMs,
    saves: result.saves,
    savesPerSecond: round(result.savesPerSecond, 1),
    latencyMs: {
      p50: round(result.latency.p50, 2),
      p90: round(result.latency.p90, 2),
      p99: round(result.latency.p99, 2),
      max: round(result.latency.max, 2),
      mean: round(result.latency.mean, 2),
    },
    slowest: result.slowest.map((save) => ({ startedAtMs: round(save.startedAtMs, 1), latencyMs: round(save.latencyMs, 1) })),
    warmupSaves: result.warmupSaves,
    warmupMaxLatencyMs: round(result.warmupMaxLatencyMs, 1),
    statusCounts: result.statusCounts,
    connectionsAtHalfway: result.connectionsAtHalfway,
    serverCpuMsPerSave: round(result.cpu.serverCpuMsPerSave, 2),
    serverCoresBusy: round(result.cpu.serverCores, 2),
    loadGeneratorCoresBusy: round(result.cpu.loadGeneratorCores, 2),
  });
  return {
    run: run.run,
    partialSavesBackToBack: phase(run.saturated),
    partialSavesAtGoalRate: phase(run.atGoalRate),
    pacedAutosave: phase(run.paced),
    wholeDocumentSavesBackToBack: phase(run.wholeSaturated),
    rawSqlite: {
      upserts: run.raw.upserts,
      upsertsPerSecond: round(run.raw.upsertsPerSecond, 0),
      statementMs: { p50: round(run.raw.statement.p50, 3), p99: round(run.raw.statement.p99, 3), max: round(run.raw.statement.max, 3) },
    },
    ratio: round(run.ratio, 4),
    serverDatabaseBytesAfterRun: run.databaseBytesAfterRun,
  };
}

async function main(): Promise<void> {
  const settings = readBenchSettings();
  const runCount = settings.cpuProfile !== null ? 1 : settings.runs;
  const machine = machineFacts();
  const fixture = createRoundupFixture();
  console.log(`Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.ramGiB} GiB, ${machine.os}`);
  console.log(`Node ${machine.node}, SQLite ${machine.sqlite}, better-sqlite3 ${machine.betterSqlite3}`);
  console.log(
    `Draft: ${autosaveFixtureShape.briefs} briefs × ${autosaveFixtureShape.paragraphsPerBrief} paragraphs, ` +
      `body JSON ${fixture.bodyBytes} bytes (${(fixture.bodyBytes / 1000).toFixed(1)} kB)`,
  );
  console.log(
    `${settings.clients} clients, ${settings.warmupMs} ms warm-up + ${settings.durationMs} ms measured per phase, ${runCount} run(s)` +
      (settings.cpuProfile !== null ? `, profiling the server's ${settings.cpuProfile} phase (results not written)` : ''),
  );

  const runs: RunResult[] = [];
  for (let run = 1; run <= runCount; run += 1) {
    const { result, profileFile } = await runOnce(run, settings, fixture, reporterEmail());
    runs.push(result);
    if (profileFile !== null) {
      const profiled = settings.cpuProfile === 'at-goal' ? result.atGoalRate : result.saturated;
      console.log(`\nServer CPU profile of the ${settings.cpuProfile} window: ${profileFile}`);
      printCpuProfileBreakdown(await summarizeCpuProfile(profileFile), profiled.saves);
    }
  }

  const median = medianRun(runs);
  printTable(runs, median);
  // Both at once: the server takes 30 % of the raw rate from 50 clients with p99 within the bound. Each judged by its
  // median over the runs (the median run is picked by throughput, which says little about the at-goal tail).
  const medianOf = (values: number[]) => [...values].sort((left, right) => left - right)[Math.floor((values.length - 1) / 2)] ?? Number.NaN;
  const atGoalP99 = medianOf(runs.map((run) => run.atGoalRate.latency.p99));
  const atGoalWorstP99 = Math.max(...runs.map((run) => run.atGoalRate.latency.p99));
  const ratio = medianOf(runs.map((run) => run.ratio));
  const p99Met = atGoalP99 <= goal.p99Ms;
  const ratioMet = ratio >= goal.throughputRatio;
  console.log(
    `\nGoal: p99 ≤ ${goal.p99Ms} ms with ${goal.throughputRatio * 100} % of the raw rate offered: ${p99Met ? 'met' : 'NOT met'} ` +
      `(median of runs ${atGoalP99.toFixed(1)} ms, worst ${atGoalWorstP99.toFixed(1)} ms); ` +
      `≥ ${goal.throughputRatio * 100} % of raw upserts: ${ratioMet ? 'met' : 'NOT met'} (median ${(ratio * 100).toFixed(2)} %)`,
  );


  if (settings.cpuProfile !== null) return;
  await mkdir(join(resultsFile, '..'), { recursive: true });
  await writeFile(
    resultsFile,
    `${JSON.stringify(
      {
        benchmark: 'server-autosave',
        measuredAt: new Date().toISOString(),
        machine,
        settings: { ...settings, runs: runCount, requestTimeoutMs },
        draft: { ...autosaveFixtureShape, bodyBytes: fixture.bodyBytes },
        goal: { ...goal, p99Met, ratioMet, atGoalRateP99MedianMs: round(atGoalP99, 2), atGoalRateP99WorstMs: round(atGoalWorstP99, 2), ratioMedian: round(ratio, 4) },
        medianRun: median.run,
        runs: runs.map(summarizeRun),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Results written to ${resultsFile}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * Opening a stored roundup in the editor (issue 6): how long after navigation the reporter can type, how long until
 * the whole document is there, and the JS heap afterwards, side by side with the bare Tiptap anchor page built and
 * measured in the same run. `npx tsx bench/editor/load.ts` (`npm run bench:editor-load`); settings in
 * `readLoadSettings`.
 *
 * Bureau is measured with both backends: `mock`, the built SPA from a static host with the in-browser MSW backend, and
 * `server`, the real server (embedded SQLite in a fresh data directory) serving the same build. Every sample is a
 * fresh browser context: sign in as the demo reporter, create the roundup, open `/roundups/<id>` once unmeasured
 * (so the mock's service worker is installed and controls the page, and the browser has the hashed assets cached, as
 * a reporter reopening a roundup would), then navigate to `/roundups/<id>` again and measure that navigation. The
 * anchor gets the same unmeasured first navigation. Both static hosts here cache hashed assets the way the real
 * server does (src/server/static-site.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { z } from 'zod';
import { ko } from '../../src/lib/locales/ko';
import { machineFacts } from '../machine-facts';
import { startServerChild, type ServerChild } from '../server-child';
import { anchorBlocksPerBrief, newAnchorContext } from './anchor-page';
import { chromiumArgs, launchBenchBrowser } from './bench-browser';
import { buildPages } from './bench-build';
import { createRoundupInPage, newBureauContext, signInAsReporter } from './bureau-page';
import { chromiumPathSetting, numberListSetting, runsSetting } from './editor-bench-settings';
import { installLoadMilestoneRecorder, waitForLoadMilestones, type LoadMilestoneSpec } from './load-milestones';
import { generateRoundupFixture, type EditorRoundupFixture } from './roundup-fixture-generator';
import { summarizeRuns, type RunSummary } from './run-summary';
import { startStaticServer, type StaticServer } from './static-server';
import { sleep } from './wait';
import { writeBenchResults } from './write-bench-results';

const backends = ['mock', 'server'] as const;
type Backend = (typeof backends)[number];

const settingsSchema = z.object({
  runs: runsSetting(5),
  sizes: numberListSetting('10,200', 1, 500),
  backends: z
    .string()
    .default(backends.join(','))
    .transform((value) => value.split(',').map((entry) => entry.trim()))
    .pipe(z.array(z.enum(backends)).min(1)),
  chromiumPath: chromiumPathSetting,
});
type LoadSettings = z.infer<typeof settingsSchema>;

function readLoadSettings(env: NodeJS.ProcessEnv = process.env): LoadSettings {
  return settingsSchema.parse({
    runs: env.BENCH_RUNS,
    sizes: env.BENCH_EDITOR_SIZES,
    backends: env.BENCH_LOAD_BACKENDS,
    chromiumPath: env.CHROMIUM_PATH,
  });
}

const goals = { briefs: 200, editableMs: 1_000, editableRatioToAnchor: 1.3, heapMB: 150 } as const;
/** Time left after the whole document is there before the heap is weighed, for work the app defers (outline, lock). */
const heapSettleMs = 1_000;
const megabyte = 1_000_000;

type Target = 'anchor' | `bureau-${Backend}`;

const definitions = {
  editableMs:
    'ms from navigation start to the end of the first frame in which the first brief (Bureau: section[data-type="brief"]; ' +
    'anchor: the first block) is inside a .ProseMirror[contenteditable="true"] and intersects the viewport',
  completeMs:
    'ms from navigation start to the end of the first frame in which every brief is in the editable editor (Bureau: N ' +
    'section[data-type="brief"]; anchor: all 6·N blocks) and, for Bureau, the brief outline lists all N briefs ' +
    '(N li in the outline nav\'s ol)',
  heapUsedMB: `V8 heap in use (Runtime.getHeapUsage usedSize, 10^6 bytes) of the page, after HeapProfiler.collectGarbage, ${heapSettleMs} ms after completeMs; the mock backend's service worker runs in another isolate and is not counted`,
  domHeapMB: 'Blink (Oilpan) heap in use at the same moment (Runtime.getHeapUsage embedderHeapUsedSize, 10^6 bytes): DOM and other C++ objects',
  domContentLoadedMs: "the navigation's domContentLoadedEventEnd: the app's entry module has run",
  roundupFetchedMs: 'Bureau only: responseEnd of the last GET /api/roundups/<id> in Resource Timing, ms since navigation start (the rest of editableMs is building the editor)',
  frame: 'a MutationObserver schedules a check in the next requestAnimationFrame; a MessageChannel task posted there records performance.now()',
};

interface LoadSample {
  editableMs: number;
  completeMs: number;
  domContentLoadedMs: number;
  heapUsedMB: number;
  domHeapMB: number;
  roundupFetchedMs: number | null;
}

const heapUsageSchema = z.object({ usedSize: z.number(), embedderHeapUsedSize: z.number().optional() });

/** When the response to the last request for `pathname` ended, in ms since navigation start. */
async function responseEnd(page: Page, pathname: string): Promise<number> {
  const ends = await page.evaluate(
    (wanted) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname === wanted)
        .map((entry) => (entry instanceof PerformanceResourceTiming ? entry.responseEnd : Number.NaN)),
    pathname,
  );
  const last = ends.at(-1);
  if (last === undefined) throw new Error(`the page never requested ${pathname}`);
  return last;
}

/**
 * Navigates to `url`, waits for both milestones, lets the page settle and weighs its heap after a full GC; for Bureau
 * also reads when the roundup's API response arrived (`roundupPath`).
 */
async function measureNavigation(page: Page, url: string, roundupPath: string | null): Promise<LoadSample> {
  await page.goto(url);
  const milestones = await waitForLoadMilestones(page);
  const roundupFetchedMs = roundupPath === null ? null : await responseEnd(page, roundupPath);
  await sleep(heapSettleMs);
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const usage = heapUsageSchema.parse(await session.send('Runtime.getHeapUsage'));
    return {
      editableMs: milestones.editable,
      completeMs: milestones.complete,
      domContentLoadedMs: milestones.domContentLoaded,
      heapUsedMB: usage.usedSize / megabyte,
      domHeapMB: (usage.embedderHeapUsedSize ?? Number.NaN) / megabyte,
      roundupFetchedMs,
    };
  } finally {
    await session.detach();
  }
}

function anchorMilestones(fixture: EditorRoundupFixture): LoadMilestoneSpec {
  const root = '.ProseMirror[contenteditable="true"]';
  return {
    editableSelector: `${root} > :first-child`,
    completeCounts: [{ selector: `${root} > *`, count: fixture.briefCount * anchorBlocksPerBrief }],
  };
}

function bureauMilestones(fixture: EditorRoundupFixture): LoadMilestoneSpec {
  const briefs = '.ProseMirror[contenteditable="true"] section[data-type="brief"]';
  return {
    editableSelector: briefs,
    completeCounts: [
      { selector: briefs, count: fixture.briefCount },
      // src/features/editor/components/brief-outline.tsx: one li per brief.
      { selector: `nav[aria-label="${ko.outline.label}"] > ol > li`, count: fixture.briefCount },
    ],
  };
}

async function measureAnchor(browser: Browser, origin: string, fixture: EditorRoundupFixture): Promise<LoadSample> {
  const context = await newAnchorContext(browser, fixture);
  return withContext(context, async () => {
    await context.addInitScript(installLoadMilestoneRecorder, anchorMilestones(fixture));
    const page = await context.newPage();
    await page.goto(origin);
    await waitForLoadMilestones(page);
    return measureNavigation(page, origin, null);
  });
}

async function measureBureau(browser: Browser, origin: string, fixture: EditorRoundupFixture): Promise<LoadSample> {
  const context = await newBureauContext(browser);
  return withContext(context, async () => {
    await context.addInitScript(installLoadMilestoneRecorder, bureauMilestones(fixture));
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await signInAsReporter(page, origin);
    const id = await createRoundupInPage(page, fixture);
    const url = `${origin}/roundups/${id}`;
    await page.goto(url);
    await waitForLoadMilestones(page);
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 20_000 });
    await sleep(500);
    return measureNavigation(page, url, `/api/roundups/${id}`);
  });
}

async function withContext<Value>(context: BrowserContext, work: () => Promise<Value>): Promise<Value> {
  try {
    return await work();
  } finally {
    await context.close();
  }
}

interface CellResult {
  target: Target;
  briefs: number;
  editableMs: RunSummary;
  completeMs: RunSummary;
  heapUsedMB: RunSummary;
  domHeapMB: RunSummary;
  domContentLoadedMs: RunSummary;
  roundupFetchedMs: RunSummary | null;
  /** Medians divided by the anchor's, same size; null for the anchor itself. */
  editableRatioToAnchor: number | null;
  completeRatioToAnchor: number | null;
}

function summarizeCell(target: Target, briefs: number, samples: readonly LoadSample[]): Omit<CellResult, 'editableRatioToAnchor' | 'completeRatioToAnchor'> {
  const of = (pick: (sample: LoadSample) => number) => summarizeRuns(samples.map(pick));
  return {
    target,
    briefs,
    editableMs: of((sample) => sample.editableMs),
    completeMs: of((sample) => sample.completeMs),
    heapUsedMB: of((sample) => sample.heapUsedMB),
    domHeapMB: of((sample) => sample.domHeapMB),
    domContentLoadedMs: of((sample) => sample.domContentLoadedMs),
    roundupFetchedMs: samples.every((sample) => sample.roundupFetchedMs !== null)
      ? of((sample) => sample.roundupFetchedMs ?? Number.NaN)
      : null,
  };
}

const withRange = (summary: RunSummary, digits: number) =>
  `${summary.median.toFixed(digits)} (${summary.min.toFixed(digits)}–${summary.max.toFixed(digits)})`;
const ratio = (value: number | null) => (value === null ? '' : `${value.toFixed(2)}×`);

function printTable(cells: readonly CellResult[], runs: number): void {
  const lines = [
    `median over ${runs} runs (lowest–highest); ms since navigation start`,
    'briefs | page | editable ms | × anchor | whole document ms | × anchor | JS heap MB | DOM heap MB | DOMContentLoaded ms | roundup fetched ms',
  ];
  for (const cell of cells) {
    lines.push(
      [
        `R${cell.briefs}`,
        cell.target,
        withRange(cell.editableMs, 0),
        ratio(cell.editableRatioToAnchor),
        withRange(cell.completeMs, 0),
        ratio(cell.completeRatioToAnchor),
        withRange(cell.heapUsedMB, 1),
        withRange(cell.domHeapMB, 1),
        withRange(cell.domContentLoadedMs, 0),
        cell.roundupFetchedMs === null ? '' : withRange(cell.roundupFetchedMs, 0),
      ].join(' | '),
    );
  }
  for (const cell of cells) {
    if (cell.briefs !== goals.briefs || cell.target === 'anchor') continue;
    const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
    lines.push(
      `goals R${goals.briefs} ${cell.target}: editable ≤ ${goals.editableMs} ms ${verdict(cell.editableMs.median <= goals.editableMs)}, ` +
        `≤ ${goals.editableRatioToAnchor}× anchor ${verdict((cell.editableRatioToAnchor ?? Infinity) <= goals.editableRatioToAnchor)}, ` +
        `heap ≤ ${goals.heapMB} MB ${verdict(cell.heapUsedMB.median <= goals.heapMB)} (medians)`,
    );
  }
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const settings = readLoadSettings();
  const started = performance.now();
  const loadAverageAtStart = loadavg();
  const outDir = await mkdtemp(join(tmpdir(), 'bureau-editor-load-bench-'));
  const servers: StaticServer[] = [];
  let server: ServerChild | undefined;
  let browser: Browser | undefined;
  try {
    const built = await buildPages(outDir);
    const anchorServer = await startStaticServer(built.anchor, { cacheHashedAssets: true });
    servers.push(anchorServer);
    const origins = new Map<Target, string>([['anchor', anchorServer.origin]]);
    if (settings.backends.includes('mock')) {
      const appServer = await startStaticServer(built.app, { cacheHashedAssets: true });
      servers.push(appServer);
      origins.set('bureau-mock', appServer.origin);
    }
    if (settings.backends.includes('server')) {
      server = await startServerChild({
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: join(outDir, 'data'),
        STATIC_DIR: built.app,
        DATABASE_URL: '',
        SEED_DEMO: 'true',
      });
      origins.set('bureau-server', server.url);
    }
    browser = await launchBenchBrowser(settings.chromiumPath);
    const fixtures = new Map(settings.sizes.map((size) => [size, generateRoundupFixture(size)] as const));
    const samples = new Map<string, LoadSample[]>();
    const cellName = (target: Target, briefs: number) => `${target}|${briefs}`;

    for (let run = 0; run < settings.runs; run += 1) {
      for (const [briefs, fixture] of fixtures) {
        for (const [target, origin] of origins) {
          const sample =
            target === 'anchor' ? await measureAnchor(browser, origin, fixture) : await measureBureau(browser, origin, fixture);
          const list = samples.get(cellName(target, briefs)) ?? [];
          list.push(sample);
          samples.set(cellName(target, briefs), list);
          console.log(
            `run ${run + 1}/${settings.runs} R${briefs} ${target}: editable ${sample.editableMs.toFixed(0)} ms, ` +
              `whole ${sample.completeMs.toFixed(0)} ms, heap ${sample.heapUsedMB.toFixed(1)} MB`,
          );
        }
      }
    }

    const cells: CellResult[] = [];
    for (const briefs of fixtures.keys()) {
      const anchorSamples = samples.get(cellName('anchor', briefs));
      if (anchorSamples === undefined) throw new Error(`no anchor samples for R${briefs}`);
      const anchor = summarizeCell('anchor', briefs, anchorSamples);
      for (const target of origins.keys()) {
        const list = samples.get(cellName(target, briefs));
        if (list === undefined) continue;
        const cell = summarizeCell(target, briefs, list);
        const isAnchor = target === 'anchor';
        cells.push({
          ...cell,
          editableRatioToAnchor: isAnchor ? null : cell.editableMs.median / anchor.editableMs.median,
          completeRatioToAnchor: isAnchor ? null : cell.completeMs.median / anchor.completeMs.median,
        });
      }
    }
    printTable(cells, settings.runs);
    const elapsedSeconds = (performance.now() - started) / 1000;
    const loadAverage = { atStart: loadAverageAtStart, atEnd: loadavg() };
    console.log(`total ${elapsedSeconds.toFixed(0)} s; load average (1, 5, 15 min) ${loadAverage.atEnd.map((value) => value.toFixed(1)).join(', ')}`);

    await writeBenchResults('editor-load.json', {
      measuredAt: new Date().toISOString(),
      machine: machineFacts(),
      chromium: browser.version(),
      settings: { ...settings, heapSettleMs, chromiumArgs, assetCaching: 'hashed /assets/ immutable, the rest no-cache' },
      goals,
      definitions,
      fixtures: [...fixtures.values()].map((fixture) => ({ briefs: fixture.briefCount, bodyBytes: fixture.bodyBytes })),
      elapsedSeconds,
      /** Other processes on the machine compete for its cores and skew the figures. */
      loadAverage,
      cells,
    });
  } finally {
    await browser?.close();
    await server?.stop();
    await Promise.all(servers.map((entry) => entry.close()));
    await rm(outDir, { recursive: true, force: true });
  }
}

await main();

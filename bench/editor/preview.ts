/**
 * Rendering the preview of a roundup (issue 6, goal ≤ 50 ms for R200). `npx tsx bench/editor/preview.ts`
 * (`npm run bench:preview`); settings in `readPreviewSettings`. Two figures per size:
 *
 * - node: the pure render path the preview pane and the HTML export share, `layoutRoundup` then `RoundupArticle` to
 *   static markup, timed in this process after warm-up runs; the layout and the markup are also timed apart, and the
 *   whole standalone export page (`renderStandaloneHtml`) beside them.
 * - browser: in the built app with the mock backend, from the click on the preview toggle to the end of the first frame
 *   whose preview iframe holds every brief, the last one last. The pane is opened and closed once unmeasured first,
 *   so its lazy chunk is loaded and each measured open renders without downloading anything.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { z } from 'zod';
import { apiRoutes } from '../../src/contract/routes';
import { layoutRoundup, type LayoutOptions, type RoundupRenderInput } from '../../src/render/layout-roundup';
import { articleStylesheet } from '../../src/render/article-stylesheet';
import { renderStandaloneHtml } from '../../src/render/render-standalone-html';
import { RoundupArticle } from '../../src/render/roundup-article';
import { machineFacts } from '../machine-facts';
import { chromiumArgs, launchBenchBrowser } from './bench-browser';
import { buildApp } from './bench-build';
import { createRoundupInPage, editorBriefs, newBureauContext, signInAsReporter } from './bureau-page';
import { chromiumPathSetting, numberListSetting, runsSetting } from './editor-bench-settings';
import { generateRoundupFixture, type EditorRoundupFixture } from './roundup-fixture-generator';
import { summarizeRuns, summarizeTimings, type RunSummary, type TimingSummary } from './run-summary';
import { startStaticServer, type StaticServer } from './static-server';
import { sleep } from './wait';
import { writeBenchResults } from './write-bench-results';

const settingsSchema = z.object({
  runs: runsSetting(5),
  sizes: numberListSetting('10,200', 1, 500),
  chromiumPath: chromiumPathSetting,
});
type PreviewSettings = z.infer<typeof settingsSchema>;

function readPreviewSettings(env: NodeJS.ProcessEnv = process.env): PreviewSettings {
  return settingsSchema.parse({ runs: env.BENCH_RUNS, sizes: env.BENCH_EDITOR_SIZES, chromiumPath: env.CHROMIUM_PATH });
}

const goal = { briefs: 200, ms: 50 } as const;
const nodeRuns = { warmup: 20, measured: 50 } as const;
/** Measured preview opens in each browser context, after the unmeasured first one. */
const opensPerRun = 3;

/** The options src/features/editor/components/preview-pane.tsx lays the roundup out with. */
const previewLayoutOptions: LayoutOptions = { photoUrl: (id) => apiRoutes.photo(id), idPrefix: 'preview-' };

interface NodeCell {
  briefs: number;
  markupBytes: number;
  /** layoutRoundup + renderToStaticMarkup(RoundupArticle): the figure the goal is checked against. */
  previewRender: TimingSummary;
  layoutRoundup: TimingSummary;
  articleMarkup: TimingSummary;
  standaloneExport: TimingSummary;
}

function timeRuns(work: () => unknown): TimingSummary {
  for (let run = 0; run < nodeRuns.warmup; run += 1) work();
  const times: number[] = [];
  for (let run = 0; run < nodeRuns.measured; run += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return summarizeTimings(times);
}

function renderPreviewMarkup(input: RoundupRenderInput): string {
  return renderToStaticMarkup(createElement(RoundupArticle, { layout: layoutRoundup(input, previewLayoutOptions) }));
}

function measureInNode(fixture: EditorRoundupFixture): NodeCell {
  const input: RoundupRenderInput = { meta: fixture.meta, body: fixture.body, updatedAt: null };
  const markup = renderPreviewMarkup(input);
  const sections = markup.match(/<section /g)?.length ?? 0;
  if (sections !== fixture.briefCount) throw new Error(`the preview markup has ${sections} sections for ${fixture.briefCount} briefs`);
  const layout = layoutRoundup(input, previewLayoutOptions);
  return {
    briefs: fixture.briefCount,
    markupBytes: Buffer.byteLength(markup),
    previewRender: timeRuns(() => renderPreviewMarkup(input)),
    layoutRoundup: timeRuns(() => layoutRoundup(input, previewLayoutOptions)),
    articleMarkup: timeRuns(() => renderToStaticMarkup(createElement(RoundupArticle, { layout }))),
    standaloneExport: timeRuns(() => renderStandaloneHtml(input, previewLayoutOptions)),
  };
}

interface PreviewTarget {
  briefCount: number;
  lastBriefId: string;
}

const briefIdSchema = z.object({ attrs: z.object({ id: z.string() }) });

function previewTarget(fixture: EditorRoundupFixture): PreviewTarget {
  return { briefCount: fixture.briefCount, lastBriefId: briefIdSchema.parse(fixture.body.content?.at(-1)).attrs.id };
}

/**
 * Arms a one-shot recorder in the page: the next click starts the clock (its event time), then each animation frame
 * looks into the preview iframe until it holds `briefCount` brief sections with the last brief last, and a
 * MessageChannel task after that frame stops the clock. Methods, not named functions: tsx would wrap those in
 * `__name()`, which the page does not have.
 */
async function armPreviewRecorder(page: Page, target: PreviewTarget): Promise<void> {
  await page.evaluate((spec) => {
    const result: { ms?: number } = {};
    Reflect.set(window, 'bureauBenchPreview', result);
    const watcher = {
      start: 0,
      frame(): void {
        const frame = document.querySelector('#preview-pane iframe');
        const sections = frame instanceof HTMLIFrameElement ? frame.contentDocument?.querySelectorAll('section[data-brief-id]') : undefined;
        const last = sections?.item(sections.length - 1);
        if (sections?.length === spec.briefCount && last?.getAttribute('data-brief-id') === spec.lastBriefId) {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            result.ms = performance.now() - watcher.start;
          };
          channel.port2.postMessage(null);
        } else {
          requestAnimationFrame(() => watcher.frame());
        }
      },
    };
    document.addEventListener(
      'click',
      (event) => {
        watcher.start = event.timeStamp;
        requestAnimationFrame(() => watcher.frame());
      },
      { capture: true, once: true },
    );
  }, target);
}

const recordedSchema = z.object({ ms: z.number() });

async function openPreviewAndTime(page: Page, target: PreviewTarget): Promise<number> {
  await armPreviewRecorder(page, target);
  await page.locator('button[aria-controls="preview-pane"]').click();
  await page.waitForFunction(
    () => {
      const result: unknown = Reflect.get(window, 'bureauBenchPreview');
      return typeof result === 'object' && result !== null && 'ms' in result && typeof result.ms === 'number';
    },
    undefined,
    { timeout: 30_000, polling: 100 },
  );
  return recordedSchema.parse(await page.evaluate(() => Reflect.get(window, 'bureauBenchPreview'))).ms;
}

async function closePreview(page: Page): Promise<void> {
  await page.locator('button[aria-controls="preview-pane"]').click();
  await page.locator('#preview-pane').waitFor({ state: 'detached' });
  await sleep(300);
}

/**
 * The floor any preview in a frame pays: the same article markup, rendered beforehand, set as the body of a fresh
 * iframe as wide as the pane, from that moment to the end of the first frame that shows it. Measured in the same page
 * after the opens, so it competes for the same main thread. Methods, not named functions (see armPreviewRecorder).
 */
async function measureStaticFloor(page: Page, markup: string): Promise<number> {
  return page.evaluate(
    ({ markup, stylesheet }) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        const frame = document.createElement('iframe');
        frame.style.cssText = 'position:fixed;right:0;top:0;width:640px;height:800px;border:0;background:#fff';
        document.body.append(frame);
        const document_ = frame.contentDocument;
        if (document_ === null) throw new Error('the iframe has no document');
        const style = document_.createElement('style');
        style.textContent = `${stylesheet}\nbody{margin:0;background:#fff}`;
        document_.head.append(style);
        document_.body.innerHTML = markup;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const ms = performance.now() - started;
            frame.remove();
            resolve(ms);
          };
          channel.port2.postMessage(null);
        });
      }),
    { markup, stylesheet: articleStylesheet },
  );
}

interface BrowserRun {
  opens: number[];
  staticFloor: number[];
}

/** One fresh context: sign in, create and open the roundup, open the preview once unmeasured, then time `opensPerRun` opens. */
async function measureInBrowser(browser: Browser, origin: string, fixture: EditorRoundupFixture): Promise<BrowserRun> {
  const context = await newBureauContext(browser);
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await signInAsReporter(page, origin);
    const id = await createRoundupInPage(page, fixture);
    await page.goto(`${origin}/roundups/${id}`);
    await editorBriefs(page).nth(fixture.briefCount - 1).waitFor();
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 20_000 });
    await sleep(500);
    const target = previewTarget(fixture);
    await openPreviewAndTime(page, target);
    await closePreview(page);
    const times: number[] = [];
    for (let open = 0; open < opensPerRun; open += 1) {
      times.push(await openPreviewAndTime(page, target));
      await closePreview(page);
    }
    const markup = renderPreviewMarkup({ meta: fixture.meta, body: fixture.body, updatedAt: null });
    const staticFloor: number[] = [];
    for (let open = 0; open < opensPerRun; open += 1) {
      staticFloor.push(await measureStaticFloor(page, markup));
      await sleep(300);
    }
    return { opens: times, staticFloor };
  } finally {
    await context.close();
  }
}

interface BrowserCell {
  briefs: number;
  /** Over every measured open of every run. */
  openToLastBriefMs: RunSummary;
  /** Each run's median open. */
  runMediansMs: number[];
  /** The same markup set into a fresh iframe (measureStaticFloor), over every measurement of every run. */
  staticFloorMs: RunSummary;
}

const formatTiming = (summary: TimingSummary) =>
  `${summary.median.toFixed(2)} / ${summary.p95.toFixed(2)} (${summary.min.toFixed(2)}–${summary.max.toFixed(2)})`;

function printTables(nodeCells: readonly NodeCell[], browserCells: readonly BrowserCell[], settings: PreviewSettings): void {
  const lines = [
    `node: median / p95 (min–max) ms over ${nodeRuns.measured} runs after ${nodeRuns.warmup} warm-up`,
    'briefs | markup kB | layout + article markup | layoutRoundup | article markup | standalone export page',
  ];
  for (const cell of nodeCells) {
    lines.push(
      [
        `R${cell.briefs}`,
        (cell.markupBytes / 1000).toFixed(0),
        formatTiming(cell.previewRender),
        formatTiming(cell.layoutRoundup),
        formatTiming(cell.articleMarkup),
        formatTiming(cell.standaloneExport),
      ].join(' | '),
    );
  }
  lines.push(
    `browser (mock backend): click on the preview toggle → frame with the last brief in the iframe; median (min–max) ms over ${settings.runs} runs × ${opensPerRun} opens`,
    'briefs | open → last brief | run medians | floor: static markup into a fresh iframe',
  );
  for (const cell of browserCells) {
    const summary = cell.openToLastBriefMs;
    lines.push(
      [
        `R${cell.briefs}`,
        `${summary.median.toFixed(1)} (${summary.min.toFixed(1)}–${summary.max.toFixed(1)})`,
        cell.runMediansMs.map((ms) => ms.toFixed(1)).join(', '),
        `${cell.staticFloorMs.median.toFixed(1)} (${cell.staticFloorMs.min.toFixed(1)}–${cell.staticFloorMs.max.toFixed(1)})`,
      ].join(' | '),
    );
  }
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  const node = nodeCells.find((cell) => cell.briefs === goal.briefs);
  const browser = browserCells.find((cell) => cell.briefs === goal.briefs);
  if (node !== undefined) lines.push(`goal R${goal.briefs} ≤ ${goal.ms} ms, node render (p95): ${verdict(node.previewRender.p95 <= goal.ms)}`);
  if (browser !== undefined) lines.push(`goal R${goal.briefs} ≤ ${goal.ms} ms, browser open (median): ${verdict(browser.openToLastBriefMs.median <= goal.ms)}`);
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const settings = readPreviewSettings();
  const started = performance.now();
  const loadAverageAtStart = loadavg();
  const fixtures = settings.sizes.map((size) => generateRoundupFixture(size));
  const nodeCells = fixtures.map(measureInNode);

  const outDir = await mkdtemp(join(tmpdir(), 'bureau-preview-bench-'));
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startStaticServer(await buildApp(outDir));
    browser = await launchBenchBrowser(settings.chromiumPath);
    const opens = new Map<number, BrowserRun[]>();
    for (let run = 0; run < settings.runs; run += 1) {
      for (const fixture of fixtures) {
        const measured = await measureInBrowser(browser, server.origin, fixture);
        opens.set(fixture.briefCount, [...(opens.get(fixture.briefCount) ?? []), measured]);
        const list = (values: number[]) => values.map((ms) => ms.toFixed(1)).join(', ');
        console.log(`run ${run + 1}/${settings.runs} R${fixture.briefCount}: ${list(measured.opens)} ms; static floor ${list(measured.staticFloor)} ms`);
      }
    }
    const browserCells: BrowserCell[] = [...opens].map(([briefs, runs]) => ({
      briefs,
      openToLastBriefMs: summarizeRuns(runs.flatMap((measured) => measured.opens)),
      runMediansMs: runs.map((measured) => summarizeRuns(measured.opens).median),
      staticFloorMs: summarizeRuns(runs.flatMap((measured) => measured.staticFloor)),
    }));
    printTables(nodeCells, browserCells, settings);
    const elapsedSeconds = (performance.now() - started) / 1000;
    const loadAverage = { atStart: loadAverageAtStart, atEnd: loadavg() };
    console.log(`total ${elapsedSeconds.toFixed(0)} s; load average (1, 5, 15 min) ${loadAverage.atEnd.map((value) => value.toFixed(1)).join(', ')}`);

    await writeBenchResults('editor-preview.json', {
      measuredAt: new Date().toISOString(),
      machine: machineFacts(),
      chromium: browser.version(),
      settings: { ...settings, nodeRuns, opensPerRun, chromiumArgs },
      goal,
      fixtures: fixtures.map((fixture) => ({ briefs: fixture.briefCount, bodyBytes: fixture.bodyBytes })),
      elapsedSeconds,
      /** Other processes on the machine compete for its cores and skew the figures. */
      loadAverage,
      node: nodeCells,
      browser: browserCells,
    });
  } finally {
    await browser?.close();
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

await main();

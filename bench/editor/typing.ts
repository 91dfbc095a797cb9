/**
 * Typing in the editor, measured the way Gutenberg's performance suite does (issue 6), against a bare Tiptap 3 page
 * built and measured in the same run. `npx tsx bench/editor/typing.ts`; settings in `readTypingSettings`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession, Locator, Page } from 'playwright-core';
import { z } from 'zod';
import { summarizeLatencies } from '../latency-summary';
import { machineFacts } from '../machine-facts';
import { seededRandom } from '../seeded-random';
import { anchorBlocksPerBrief, newAnchorContext, waitForAnchorReady } from './anchor-page';
import { chromiumArgs, launchBenchBrowser } from './bench-browser';
import { buildPages } from './bench-build';
import { createRoundupInPage, editorBriefs, newBureauContext, signInAsReporter } from './bureau-page';
import { chromiumPathSetting, numberListSetting, runsSetting } from './editor-bench-settings';
import { generateRoundupFixture, type EditorRoundupFixture } from './roundup-fixture-generator';
import { valueRange } from './run-summary';
import { startStaticServer, type StaticServer } from './static-server';
import { readTypingTrace, traceEventSchema, type TraceEvent } from './typing-trace';
import { sleep, withTimeout } from './wait';
import { writeBenchResults } from './write-bench-results';

const settingsSchema = z.object({
  runs: runsSetting(3),
  sizes: numberListSetting('10,200', 1, 500),
  throttles: numberListSetting('1,4', 1, 20),
  chromiumPath: chromiumPathSetting,
});
type TypingSettings = z.infer<typeof settingsSchema>;

function readTypingSettings(env: NodeJS.ProcessEnv = process.env): TypingSettings {
  return settingsSchema.parse({
    runs: env.BENCH_RUNS,
    sizes: env.BENCH_EDITOR_SIZES,
    throttles: env.BENCH_THROTTLES,
    chromiumPath: env.CHROMIUM_PATH,
  });
}

/** Gutenberg's sample: 11 characters, the first thrown away. */
const typedCharacters = 'abcdefghijk';
const keyIntervalMs = { min: 200, max: 300 } as const;
/** How long after the last keyup a task still counts as caused by typing. */
const settleMs = 250;
const traceCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
const places = ['paragraph', 'heading', 'caption'] as const;
type Place = (typeof places)[number];
const editors = ['anchor', 'bureau'] as const;
type EditorKind = (typeof editors)[number];

/** Keydown → rAF → MessageChannel task: when the frame after the key has been produced. */
function installKeyFrameRecorder(): void {
  const samples: number[] = [];
  Reflect.set(window, 'bureauBenchKeyFrames', samples);
  window.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => samples.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    { capture: true },
  );
}

const keyFramesSchema = z.array(z.number());

async function keyFrames(page: Page): Promise<number[]> {
  return keyFramesSchema.parse(await page.evaluate(() => Reflect.get(window, 'bureauBenchKeyFrames')));
}

interface OpenEditor {
  page: Page;
  block(place: Place): Locator;
  /** Waits until whatever the last typing started (the Bureau's autosave) is done. */
  settle(): Promise<void>;
}

async function openAnchor(browser: Browser, origin: string, fixture: EditorRoundupFixture): Promise<OpenEditor> {
  const context = await newAnchorContext(browser, fixture);
  await context.addInitScript(installKeyFrameRecorder);
  const page = await context.newPage();
  await page.goto(origin);
  await waitForAnchorReady(page);
  const middle = Math.floor(fixture.briefCount / 2);
  const offsets: Record<Place, number> = { heading: 0, paragraph: 2, caption: 4 };
  return {
    page,
    block: (place) => page.locator('.ProseMirror > *').nth(middle * anchorBlocksPerBrief + offsets[place]),
    settle: () => sleep(500),
  };
}

async function openBureau(browser: Browser, origin: string, fixture: EditorRoundupFixture): Promise<OpenEditor> {
  const context = await newBureauContext(browser);
  await context.addInitScript(installKeyFrameRecorder);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await signInAsReporter(page, origin);
  const id = await createRoundupInPage(page, fixture);
  await page.goto(`${origin}/roundups/${id}`);
  const briefs = editorBriefs(page);
  await briefs.nth(fixture.briefCount - 1).waitFor();
  const middle = briefs.nth(Math.floor(fixture.briefCount / 2));
  const selectors: Record<Place, string> = {
    heading: 'h2[data-type="brief-heading"]',
    paragraph: '.roundup-brief-content > p:not([data-type]) >> nth=1',
    caption: 'figcaption[data-type="figure-caption"]',
  };
  return {
    page,
    block: (place) => middle.locator(selectors[place]),
    settle: async () => {
      await sleep(500);
      await page.locator('[data-save-state="saved"]').waitFor({ timeout: 20_000 });
    },
  };
}

/** Clicks into the block, then puts the caret in the middle of its text (ProseMirror follows `selectionchange`). */
async function placeCaretInMiddle(block: Locator): Promise<void> {
  await block.scrollIntoViewIfNeeded();
  await block.click();
  await block.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node !== null && texts.length < 10_000; node = walker.nextNode()) {
      if (node instanceof Text) texts.push(node);
    }
    let remaining = Math.floor(texts.reduce((sum, text) => sum + text.length, 0) / 2);
    const target = texts.find((text) => {
      if (remaining <= text.length) return true;
      remaining -= text.length;
      return false;
    });
    if (target === undefined) throw new Error('block has no text');
    const range = document.createRange();
    range.setStart(target, remaining);
    range.collapse(true);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  });
}

async function recordTrace(session: CDPSession, action: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (payload: { value: object[] }) => {
    for (const value of payload.value) {
      const parsed = traceEventSchema.safeParse(value);
      if (parsed.success) events.push(parsed.data);
    }
  };
  session.on('Tracing.dataCollected', collect);
  try {
    await session.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: traceCategories } });
    await action();
    const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
    await session.send('Tracing.end');
    await withTimeout(complete, 60_000, 'trace transfer');
  } finally {
    session.off('Tracing.dataCollected', collect);
  }
  return events;
}

interface CellSample {
  /** Per character after the first: keydown + keypress + keyup dispatch, ms. */
  typeMs: number[];
  keyFrameMs: number[];
  longestTaskMs: number;
}

async function typeSample(editor: OpenEditor, session: CDPSession, place: Place, throttle: number, random: () => number): Promise<CellSample> {
  const { page } = editor;
  await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  try {
    await placeCaretInMiddle(editor.block(place));
    await sleep(300);
    await page.evaluate(() => {
      const samples: unknown = Reflect.get(window, 'bureauBenchKeyFrames');
      if (Array.isArray(samples)) samples.length = 0;
    });
    const events = await recordTrace(session, async () => {
      for (const character of typedCharacters) {
        await page.keyboard.down(character);
        await page.keyboard.up(character);
        await sleep(keyIntervalMs.min + random() * (keyIntervalMs.max - keyIntervalMs.min));
      }
    });
    const typed = await editor.block(place).textContent();
    if (!typed?.includes(typedCharacters)) throw new Error(`the typed characters did not land in the ${place}`);
    const trace = readTypingTrace(events, typedCharacters.length, settleMs);
    const frames = await keyFrames(page);
    if (frames.length !== typedCharacters.length) throw new Error(`${frames.length} key→frame samples for ${typedCharacters.length} keys`);
    return { typeMs: trace.typeMs.slice(1), keyFrameMs: frames.slice(1), longestTaskMs: trace.longestTaskMs };
  } finally {
    await session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

interface CellKey {
  editor: EditorKind;
  briefs: number;
  place: Place;
  throttle: number;
}

interface CellResult extends CellKey {
  runs: CellSample[];
  /** Over every character of every run. */
  typeMedianMs: number;
  typeP90Ms: number;
  /** Each run's median, lowest and highest. */
  typeMedianRangeMs: [number, number];
  keyFrameMedianMs: number;
  keyFrameP90Ms: number;
  keyFrameP90RangeMs: [number, number];
  longestTaskMs: number;
  longestTaskRangeMs: [number, number];
}

function cellName(key: CellKey): string {
  return `${key.editor}|${key.briefs}|${key.place}|${key.throttle}`;
}

function summarizeCell(key: CellKey, runs: CellSample[]): CellResult {
  const type = summarizeLatencies(runs.flatMap((run) => run.typeMs));
  const keyFrame = summarizeLatencies(runs.flatMap((run) => run.keyFrameMs));
  return {
    ...key,
    runs,
    typeMedianMs: type.p50,
    typeP90Ms: type.p90,
    typeMedianRangeMs: valueRange(runs.map((run) => summarizeLatencies(run.typeMs).p50)),
    keyFrameMedianMs: keyFrame.p50,
    keyFrameP90Ms: keyFrame.p90,
    keyFrameP90RangeMs: valueRange(runs.map((run) => summarizeLatencies(run.keyFrameMs).p90)),
    longestTaskMs: Math.max(...runs.map((run) => run.longestTaskMs)),
    longestTaskRangeMs: valueRange(runs.map((run) => run.longestTaskMs)),
  };
}

const format = (value: number) => value.toFixed(2);

function printTable(cells: ReadonlyMap<string, CellResult>, settings: TypingSettings): void {
  const lines = ['briefs | place | CPU | anchor type med/p90 | Bureau type med/p90 (run medians) | ratio | key→frame p90 anchor/Bureau | longest task anchor/Bureau'];
  for (const briefs of settings.sizes) {
    for (const throttle of settings.throttles) {
      for (const place of places) {
        const anchor = cells.get(cellName({ editor: 'anchor', briefs, place, throttle }));
        const bureau = cells.get(cellName({ editor: 'bureau', briefs, place, throttle }));
        if (anchor === undefined || bureau === undefined) continue;
        lines.push(
          [
            `R${briefs}`,
            place,
            `${throttle}×`,
            `${format(anchor.typeMedianMs)} / ${format(anchor.typeP90Ms)}`,
            `${format(bureau.typeMedianMs)} / ${format(bureau.typeP90Ms)} (${bureau.typeMedianRangeMs.map(format).join('–')})`,
            `${format(bureau.typeMedianMs / anchor.typeMedianMs)}×`,
            `${format(anchor.keyFrameP90Ms)} / ${format(bureau.keyFrameP90Ms)}`,
            `${format(anchor.longestTaskMs)} / ${format(bureau.longestTaskMs)}`,
          ].join(' | '),
        );
      }
    }
  }
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const settings = readTypingSettings();
  const started = performance.now();
  const outDir = await mkdtemp(join(tmpdir(), 'bureau-editor-bench-'));
  const servers: StaticServer[] = [];
  let browser: Browser | undefined;
  try {
    const built = await buildPages(outDir);
    const appServer = await startStaticServer(built.app);
    const anchorServer = await startStaticServer(built.anchor);
    servers.push(appServer, anchorServer);
    browser = await launchBenchBrowser(settings.chromiumPath);
    const fixtures = new Map(settings.sizes.map((size) => [size, generateRoundupFixture(size)] as const));
    const samples = new Map<string, CellSample[]>();
    const random = seededRandom(42);

    for (let run = 0; run < settings.runs; run += 1) {
      for (const [briefs, fixture] of fixtures) {
        for (const editorKind of editors) {
          const runStarted = performance.now();
          const editor =
            editorKind === 'anchor'
              ? await openAnchor(browser, anchorServer.origin, fixture)
              : await openBureau(browser, appServer.origin, fixture);
          try {
            const session = await editor.page.context().newCDPSession(editor.page);
            for (const throttle of settings.throttles) {
              for (const place of places) {
                const key: CellKey = { editor: editorKind, briefs, place, throttle };
                const sample = await typeSample(editor, session, place, throttle, random);
                const list = samples.get(cellName(key)) ?? [];
                list.push(sample);
                samples.set(cellName(key), list);
                await editor.settle();
              }
            }
          } finally {
            await editor.page.context().close();
          }
          console.log(`run ${run + 1}/${settings.runs} R${briefs} ${editorKind}: ${((performance.now() - runStarted) / 1000).toFixed(1)} s`);
        }
      }
    }

    const cells = new Map<string, CellResult>();
    for (const [name, runs] of samples) {
      const [editorKind, briefs, place, throttle] = name.split('|');
      const key: CellKey = {
        editor: z.enum(editors).parse(editorKind),
        briefs: Number(briefs),
        place: z.enum(places).parse(place),
        throttle: Number(throttle),
      };
      cells.set(name, summarizeCell(key, runs));
    }
    printTable(cells, settings);
    const elapsedSeconds = (performance.now() - started) / 1000;
    console.log(`total ${elapsedSeconds.toFixed(0)} s`);

    await writeBenchResults('editor-typing.json', {
      measuredAt: new Date().toISOString(),
      machine: machineFacts(),
      chromium: browser.version(),
      settings: { ...settings, typedCharacters, keyIntervalMs, settleMs, traceCategories, chromiumArgs },
      fixtures: [...fixtures.values()].map((fixture) => ({ briefs: fixture.briefCount, bodyBytes: fixture.bodyBytes })),
      elapsedSeconds,
      cells: [...cells.values()],
    });
  } finally {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
    await rm(outDir, { recursive: true, force: true });
  }
}

await main();

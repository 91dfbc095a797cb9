import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { validateRoundupBody } from '../src/schema/validate-roundup-body';
import { importRoundupText } from '../src/import/import-roundup-text';

/**
 * `npx tsx bench/import.ts`: imports a 100-brief Newsis roundup page, built by cycling the briefs of the seed and
 * the 13-brief fixture (page chrome at both ends, the dateline running into the first `◇` heading, photo captions
 * printed twice above their heading), and reports median and p95 over the measured runs. Goal: ≤ 50 ms.
 */

const briefCount = 100;
const warmupRuns = 20;
const measuredRuns = 100;
const goalMs = 50;

function readFixture(name: string): string[] {
  return readFileSync(new URL(`../tests/fixtures/import/${name}.txt`, import.meta.url), 'utf8').split('\n');
}

const twelveBriefs = readFixture('newsis-twelve-briefs-gwangju-2018-04-10');
const seed = readFixture('newsis-gwangju-roundup-2017-12-06');
const dateline = '【광주=뉴시스】한승우 기자 = ';
const anyDateline = /^【광주=뉴시스】[가-힣]{2,4} 기자 = /;

interface BriefTemplate {
  photo: { caption: string; credit: string } | null;
  heading: string;
  paragraphs: string[];
}

/** A fixture's briefs, each with the photo whose caption is printed above it, if any. */
function briefTemplates(lines: readonly string[]): BriefTemplate[] {
  const templates: BriefTemplate[] = [];
  let photo: BriefTemplate['photo'] = null;
  for (const raw of lines) {
    const line = raw.trim();
    const caption = /^【광주=뉴시스】[가-힣]{2,4} 기자 = (.+?) \d{4}\.\d{2}\.\d{2}\. \(사진 = (.+?)\) photo@newsis\.com$/.exec(line);
    if (caption !== null) {
      photo = { caption: caption[1]!, credit: caption[2]! };
    } else if (line.includes('◇')) {
      templates.push({ photo, heading: line.slice(line.indexOf('◇') + 1), paragraphs: [] });
      photo = null;
    } else if (line.endsWith('다.') && !anyDateline.test(line)) {
      templates.at(-1)?.paragraphs.push(line);
    }
  }
  return templates;
}

const templates = [...briefTemplates(seed), ...briefTemplates(twelveBriefs)];
const pageTop = twelveBriefs.slice(0, twelveBriefs.findIndex((line) => line.startsWith(dateline) && line.includes('◇')));
const pageBottom = twelveBriefs.slice(twelveBriefs.findIndex((line) => line.trim().endsWith('@newsis.com') && !line.includes(' = ')));

/** A page like newsis.com prints it: each photo's caption twice (page and zoom viewer) above its brief's heading. */
function buildRoundupPage(count: number): string {
  const body: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const template = templates[index % templates.length]!;
    const suffix = ` (${index + 1})`;
    if (template.photo !== null) {
      const { caption, credit } = template.photo;
      body.push(`${dateline}${caption}${suffix} 2018.04.10. (사진 = ${credit}) photo@newsis.com`, '');
      body.push(`${dateline}${caption}${suffix} 2018.04.10. (사진 = ${credit}) [email\u00a0protected]`, '', '');
    }
    const heading = `◇${template.heading}${suffix}`;
    body.push(index === 0 ? `${dateline}${heading}` : ` ${heading}`, '');
    for (const paragraph of template.paragraphs) body.push(` ${paragraph}`, '');
  }
  return [...pageTop, ...body, ...pageBottom].join('\n');
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

const page = buildRoundupPage(briefCount);
const check = importRoundupText(page);
if (!check.ok) throw new Error(`the generated page did not import: ${check.error.message}`);
const briefs = check.body.content ?? [];
const figures = briefs.flatMap((brief) => brief.content ?? []).filter((node) => node.type === 'figure').length;
if (briefs.length !== briefCount) throw new Error(`expected ${briefCount} briefs, got ${briefs.length}`);

/** Sorted wall-clock times of `measuredRuns` calls after `warmupRuns` unmeasured ones. */
function measure(work: () => unknown): number[] {
  for (let run = 0; run < warmupRuns; run += 1) work();
  const times: number[] = [];
  for (let run = 0; run < measuredRuns; run += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const samples = measure(() => importRoundupText(page));
// The anchor, measured the same way: the schema check the server runs on the very document the import produced.
const anchorSamples = measure(() => validateRoundupBody(check.body));

const median = percentile(samples, 0.5);
const p95 = percentile(samples, 0.95);
const kilobytes = new TextEncoder().encode(page).length / 1000;
const warningCounts = new Map<string, number>();
for (const warning of check.warnings) warningCounts.set(warning.code, (warningCounts.get(warning.code) ?? 0) + 1);
const warningSummary = [...warningCounts].map(([code, count]) => `${count} ${code}`).join(', ');
console.log(`importRoundupText, ${briefCount}-brief Newsis page (${kilobytes.toFixed(1)} kB, ${figures} photos; warnings: ${warningSummary})`);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}`);
console.log(`runs: ${warmupRuns} warm-up, ${measuredRuns} measured`);
console.log(`median ${median.toFixed(2)} ms · p95 ${p95.toFixed(2)} ms · min ${samples[0]!.toFixed(2)} ms · max ${samples.at(-1)!.toFixed(2)} ms`);
const anchorMedian = percentile(anchorSamples, 0.5);
console.log(
  `anchor: validateRoundupBody of the imported document, median ${anchorMedian.toFixed(2)} ms · p95 ${percentile(anchorSamples, 0.95).toFixed(2)} ms ` +
    `(import = ${(median / anchorMedian).toFixed(1)} × the schema check)`,
);
console.log(`goal ≤ ${goalMs} ms per import: ${p95 <= goalMs ? 'met' : 'NOT met'} (p95)`);

#!/usr/bin/env node
// Runs every check Bureau has (typecheck, lint, unit + component, build and bundle budget, end-to-end), keeps
// going when one fails so the report is complete, and ends with one line: "N passed, N failed[, N skipped]".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const reports = '.reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const only = process.argv.slice(2);
const stages = [
  { name: 'typecheck', command: 'npx', args: ['tsc', '-p', 'tsconfig.json', '--noEmit'] },
  { name: 'lint', command: 'npx', args: ['eslint', '.', '--max-warnings', '0'] },
  {
    name: 'unit',
    command: 'npx',
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/unit.json`],
  },
  { name: 'build', command: 'npx', args: ['vite', 'build', '--logLevel', 'warn'] },
  // The JavaScript each route loads before it can be used, against its budget (scripts/bundle-budget/budgets.ts).
  { name: 'bundle', command: 'npx', args: ['tsx', 'scripts/bundle-budget/check-bundle-budget.ts', 'dist'] },
  { name: 'e2e', command: 'npx', args: ['playwright', 'test'], precondition: chromiumPrecondition },
].filter((stage) => only.length === 0 || only.includes(stage.name));

function chromiumPrecondition() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return null;
  return `Chromium not found at ${path}: install Debian's "chromium" (bash .ci/run does) or set CHROMIUM_PATH.`;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const stageResults = [];

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

for (const stage of stages) {
  console.log(`\n=== ${stage.name} ===`);
  const problem = stage.precondition?.();
  if (problem) {
    console.log(problem);
    totals.failed += 1;
    stageResults.push(`${stage.name}: not run (${problem})`);
    continue;
  }
  const result = spawnSync(stage.command, stage.args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  if (stage.name === 'unit') {
    const report = readJson(`${reports}/unit.json`);
    if (report) {
      totals.passed += report.numPassedTests ?? 0;
      totals.failed += report.numFailedTests ?? 0;
      totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
      if (!ok && (report.numFailedTests ?? 0) === 0) totals.failed += 1;
    } else if (!ok) totals.failed += 1;
  } else if (stage.name === 'e2e') {
    const report = readJson(`${reports}/e2e.json`);
    if (report?.stats) {
      totals.passed += (report.stats.expected ?? 0) + (report.stats.flaky ?? 0);
      totals.failed += report.stats.unexpected ?? 0;
      totals.skipped += report.stats.skipped ?? 0;
      if (!ok && (report.stats.unexpected ?? 0) === 0) totals.failed += 1;
    } else if (!ok) totals.failed += 1;
  } else {
    // Typecheck, lint, the build and the bundle budget count as one check each.
    if (ok) totals.passed += 1;
    else totals.failed += 1;
  }
  stageResults.push(`${stage.name}: ${ok ? 'ok' : 'FAILED'}`);
}

const summary = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
writeFileSync(`${reports}/summary.txt`, `${summary}\n`);
console.log(`\n${stageResults.join('\n')}`);
console.log(summary);
process.exit(totals.failed > 0 ? 1 : 0);

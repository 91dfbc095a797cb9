#!/usr/bin/env node
// Runs every check Bureau has (typecheck, lint, dependency audit, unit + component on Node 20, the server-side
// suites again on Node 24, build and bundle budget, end-to-end), keeps going when one fails so the report is
// complete, and ends with one line: "N passed, N failed[, N skipped]". `node scripts/run-tests.mjs unit e2e` runs
// only the stages named.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { prepareNode24 } from './node24/prepare-node24.mjs';

const reports = '.reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** A stage that is one check: passed or failed. */
function oneCheck(ok) {
  return ok ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
}

/** Vitest's JSON report: every test counts; a run that failed without a failed test (a crash) counts one failure. */
function vitestCounts(file) {
  return (ok) => {
    const report = readJson(file);
    if (!report) return oneCheck(ok);
    const failed = report.numFailedTests ?? 0;
    return {
      passed: report.numPassedTests ?? 0,
      failed: failed + (!ok && failed === 0 ? 1 : 0),
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    };
  };
}

function playwrightCounts(ok) {
  const report = readJson(`${reports}/e2e.json`);
  if (!report?.stats) return oneCheck(ok);
  const failed = report.stats.unexpected ?? 0;
  return {
    passed: (report.stats.expected ?? 0) + (report.stats.flaky ?? 0),
    failed: failed + (!ok && failed === 0 ? 1 : 0),
    skipped: report.stats.skipped ?? 0,
  };
}

/** The audit writes { status: passed | failed | skipped }; skipped when the registry has no advisory endpoint. */
function auditCounts(ok) {
  const status = readJson(`${reports}/audit.json`)?.status;
  if (status === 'skipped' && ok) return { passed: 0, failed: 0, skipped: 1 };
  return oneCheck(ok && status === 'passed');
}

const vitestArgs = (name) => ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/${name}.json`];

const node24Suites = ['src/server/', 'src/api/', 'src/services/', 'src/contract/', 'src/schema/', 'src/import/', 'src/render/', 'scripts/', 'bench/', 'eslint-rules/'];

const only = process.argv.slice(2);
const stages = [
  { name: 'typecheck', command: 'npx', args: ['tsc', '-p', 'tsconfig.json', '--noEmit'], counts: oneCheck },
  { name: 'lint', command: 'npx', args: ['eslint', '.', '--max-warnings', '0'], counts: oneCheck },
  // The lockfile's production dependencies against the registry's advisories; fails on high or critical.
  {
    name: 'audit',
    command: 'npx',
    args: ['tsx', 'scripts/dependency-audit/dependency-audit.ts', `${reports}/audit.json`],
    counts: auditCounts,
  },
  { name: 'unit', command: 'npx', args: ['vitest', ...vitestArgs('unit')], counts: vitestCounts(`${reports}/unit.json`) },
  // Again on Node 24, so the move is one line: the suites of the code that runs on Node in production (the server,
  // its storage and the contract suites on SQLite and PostgreSQL, the API, services and pure modules) and the
  // scripts. Browser code (features, app, components, lib, the in-browser mock) runs in jsdom on Node 20 only: in
  // production it never runs on Node, and it is 40 % of the run's time (measured here: 310 s → 182 s on Node 24).
  {
    name: 'unit-node24',
    prepare: prepareNode24,
    args: [...vitestArgs('unit-node24'), ...node24Suites],
    counts: vitestCounts(`${reports}/unit-node24.json`),
  },
  { name: 'build', command: 'npx', args: ['vite', 'build', '--logLevel', 'warn'], counts: oneCheck },
  // The JavaScript each route loads before it can be used, against its budget (scripts/bundle-budget/budgets.ts).
  { name: 'bundle', command: 'npx', args: ['tsx', 'scripts/bundle-budget/check-bundle-budget.ts', 'dist'], counts: oneCheck },
  { name: 'e2e', command: 'npx', args: ['playwright', 'test'], precondition: chromiumPrecondition, counts: playwrightCounts },
].filter((stage) => only.length === 0 || only.includes(stage.name));

function chromiumPrecondition() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return null;
  return `Chromium not found at ${path}: install Debian's "chromium" (bash .ci/run does) or set CHROMIUM_PATH.`;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const stageResults = [];

for (const stage of stages) {
  console.log(`\n=== ${stage.name} ===`);
  const started = Date.now();
  const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;
  const problem = stage.precondition?.();
  if (problem) {
    console.log(problem);
    totals.failed += 1;
    stageResults.push(`${stage.name}: not run (${problem})`);
    continue;
  }
  // A stage with `prepare` gets its command from it, or a reason to skip (printed, and counted as one skipped).
  const prepared = stage.prepare?.();
  if (prepared?.skip) {
    console.log(`${stage.name} skipped: ${prepared.skip}`);
    totals.skipped += 1;
    stageResults.push(`${stage.name}: skipped (${prepared.skip}), ${seconds()}`);
    continue;
  }
  const command = prepared?.command ?? stage.command;
  const env = { ...process.env, ...prepared?.env };
  const result = spawnSync(command, [...(prepared?.args ?? []), ...stage.args], { stdio: 'inherit', env });
  const ok = result.status === 0;
  const counts = stage.counts(ok);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  const outcome = counts.failed > 0 || !ok ? 'FAILED' : counts.skipped > 0 && counts.passed === 0 ? 'skipped' : 'ok';
  stageResults.push(`${stage.name}: ${outcome}${prepared?.note ? ` (${prepared.note})` : ''}, ${seconds()}`);
}

const summary = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
writeFileSync(`${reports}/summary.txt`, `${summary}\n`);
console.log(`\n${stageResults.join('\n')}`);
console.log(summary);
process.exit(totals.failed > 0 ? 1 : 0);

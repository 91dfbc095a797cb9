import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AdvisorySeverity } from './advisory-severity';
import { lockfilePackages } from './lockfile-packages';
import { advisoryDatabaseSchema, matchAdvisories } from './match-advisories';
import { readNpmAuditOutput } from './read-npm-audit-output';

export interface DependencyAuditOptions {
  /** The folder with package.json and package-lock.json. */
  readonly cwd: string;
  /** Findings of this severity or worse fail the audit. */
  readonly threshold: AdvisorySeverity;
  /** A registry other than npm's configured one (the tests run a fake one on loopback). */
  readonly registry?: string;
  /**
   * Advisories kept offline, in the format of the registry's bulk advisory endpoint, for a registry that has none
   * (`AUDIT_ADVISORIES_FILE`). No npm package ships such data: the OSV "offline" packages download theirs at run time.
   */
  readonly advisoriesFile?: string;
}

export interface DependencyAuditResult {
  readonly status: 'passed' | 'failed' | 'skipped';
  /** What to print, one line each. */
  readonly lines: readonly string[];
}

/**
 * The production dependencies of the lockfile against the registry's advisories (`npm audit --omit=dev
 * --package-lock-only`, nothing installed); where the registry has no advisory endpoint, against an offline
 * advisories file if one is given, else skipped with the reason.
 */
export async function auditDependencies(options: DependencyAuditOptions): Promise<DependencyAuditResult> {
  const args = ['audit', '--omit=dev', '--package-lock-only', '--json', `--audit-level=${options.threshold}`, '--fetch-retries=0'];
  if (options.registry !== undefined) args.push(`--registry=${options.registry}`);
  const npm = await runNpm(args, options.cwd);
  if (npm.error !== undefined) return { status: 'failed', lines: [`dependency audit: npm could not run: ${npm.error.message}`] };
  const outcome = readNpmAuditOutput(npm.stdout, options.threshold);

  if (outcome.kind === 'report') {
    const summary = `${outcome.findings.length} production package(s) with ${options.threshold} or critical advisories (${outcome.packagesWithAdvisories} with any)`;
    if (outcome.findings.length === 0) return { status: 'passed', lines: [`dependency audit (npm audit): ${summary}`] };
    return {
      status: 'failed',
      lines: [
        `dependency audit (npm audit) FAILED: ${summary}`,
        ...outcome.findings.map((finding) => `  ${finding.severity} ${finding.name} ${finding.range}: ${finding.via.join('; ')}`),
        '  `npm audit fix --omit=dev` (or a newer version in package.json) fixes most of them.',
      ],
    };
  }
  if (outcome.kind === 'error') return { status: 'failed', lines: [`dependency audit: npm audit failed: ${outcome.reason}`] };

  if (options.advisoriesFile === undefined) {
    return { status: 'skipped', lines: [`dependency audit skipped: ${outcome.reason}; no offline advisories given (AUDIT_ADVISORIES_FILE)`] };
  }
  const database = advisoryDatabaseSchema.parse(JSON.parse(readFileSync(options.advisoriesFile, 'utf8')));
  const packages = lockfilePackages(JSON.parse(readFileSync(join(options.cwd, 'package-lock.json'), 'utf8')), { omitDev: true });
  const findings = matchAdvisories(packages, database, options.threshold);
  const source = `offline advisories in ${options.advisoriesFile}, since ${outcome.reason}`;
  if (findings.length === 0) {
    return { status: 'passed', lines: [`dependency audit (${source}): ${packages.length} production packages, none affected`] };
  }
  return {
    status: 'failed',
    lines: [
      `dependency audit (${source}) FAILED: ${findings.length} finding(s)`,
      ...findings.map((finding) => `  ${finding.severity} ${finding.name}@${finding.version} (${finding.location}) in ${finding.vulnerableVersions}: ${finding.title} ${finding.url}`),
    ],
  };
}

/** npm's standard output; asynchronous, so that a registry served by this same process (the tests') can answer. */
function runNpm(args: readonly string[], cwd: string): Promise<{ stdout: string; error?: Error }> {
  return new Promise((resolve) => {
    const child = spawn('npm', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], timeout: 120_000 });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.on('error', (error) => resolve({ stdout, error }));
    child.on('close', () => resolve({ stdout }));
  });
}

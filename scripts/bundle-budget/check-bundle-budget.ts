/**
 * `npx tsx scripts/bundle-budget/check-bundle-budget.ts [dist]`, after `vite build`: the JavaScript of each route as
 * it goes over the wire, that is the `.gz` and `.br` files the build wrote and the server sends (a file without one
 * counts whole), against its budget; exits 1 when one is over, naming the largest files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { routeBudgets } from './budgets';
import { routeScripts, viteManifestSchema } from './route-scripts';
import { wireBytes } from './wire-bytes';

const dist = process.argv[2] ?? 'dist';
const manifest = viteManifestSchema.parse(JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')));
const kib = (bytes: number) => (bytes / 1024).toFixed(1);

let over = 0;
for (const budget of routeBudgets) {
  const files = routeScripts(manifest, budget.entries).map((file) => ({ file, ...wireBytes(dist, file) }));
  const sum = (key: 'plain' | 'gzip' | 'brotli') => files.reduce((total, file) => total + file[key], 0);
  const gzip = sum('gzip');
  const ok = gzip <= budget.maxGzipKiB * 1024;
  if (!ok) over += 1;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${budget.route}: ${kib(gzip)} KiB gzip of ${budget.maxGzipKiB} KiB (brotli ${kib(sum('brotli'))} KiB, ` +
      `plain ${kib(sum('plain'))} KiB), ${files.length} files`,
  );
  for (const file of files.sort((a, b) => b.gzip - a.gzip)) {
    const unencoded = file.gzip === file.plain ? '  (sent unencoded)' : '';
    console.log(`       ${kib(file.gzip).padStart(6)} KiB gzip ${kib(file.brotli).padStart(6)} KiB br  ${file.file}${unencoded}`);
  }
}
if (over > 0) {
  console.error(`${over} route(s) over their JavaScript budget: move what the first screen does not need behind a dynamic import.`);
  process.exit(1);
}

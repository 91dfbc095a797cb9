/**
 * `npx tsx scripts/bundle-budget/check-bundle-budget.ts [dist]`, after `vite build`: the gzipped JavaScript of each
 * route against its budget; exits 1 when one is over, naming the largest files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { routeBudgets } from './budgets';
import { routeScripts, viteManifestSchema } from './route-scripts';

const dist = process.argv[2] ?? 'dist';
const manifest = viteManifestSchema.parse(JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')));
const kib = (bytes: number) => (bytes / 1024).toFixed(1);

let over = 0;
for (const budget of routeBudgets) {
  const files = routeScripts(manifest, budget.entries).map((file) => ({
    file,
    // Level 6 is what web servers use by default (nginx gzip_comp_level is 1, but CDNs and compression middleware 6).
    gzip: gzipSync(readFileSync(join(dist, file)), { level: 6 }).length,
  }));
  const total = files.reduce((sum, file) => sum + file.gzip, 0);
  const ok = total <= budget.maxGzipKiB * 1024;
  if (!ok) over += 1;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${budget.route}: ${kib(total)} KiB gzip of ${budget.maxGzipKiB} KiB, ${files.length} files`);
  for (const file of files.sort((a, b) => b.gzip - a.gzip)) console.log(`       ${kib(file.gzip).padStart(6)} KiB  ${file.file}`);
}
if (over > 0) {
  console.error(`${over} route(s) over their JavaScript budget: move what the first screen does not need behind a dynamic import.`);
  process.exit(1);
}

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from './bench-build';

/** Writes `results` as indented JSON to `bench/results/<fileName>` and returns the path. */
export async function writeBenchResults(fileName: string, results: object): Promise<string> {
  const resultsDir = join(repoRoot, 'bench', 'results');
  await mkdir(resultsDir, { recursive: true });
  const path = join(resultsDir, fileName);
  await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
  return path;
}

import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, release, totalmem, type as osType } from 'node:os';
import { z } from 'zod';

export interface MachineFacts {
  cpuModel: string;
  /** Logical CPUs this process may use (`os.availableParallelism()`). */
  cores: number;
  ramGiB: number;
  os: string;
  node: string;
  sqlite: string;
  betterSqlite3: string;
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('model name'));
    const model = line?.split(':')[1]?.trim();
    if (model) return model;
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return cpus()[0]?.model ?? 'unknown';
}

const packageJsonSchema = z.object({ version: z.string() });
const sqliteVersionSchema = z.object({ version: z.string() });

/** Where the numbers were measured: CPU, cores, memory, OS, Node, SQLite and better-sqlite3 versions. */
export function machineFacts(): MachineFacts {
  const require = createRequire(import.meta.url);
  const betterSqlite3 = packageJsonSchema.parse(
    JSON.parse(readFileSync(require.resolve('better-sqlite3/package.json'), 'utf8')),
  ).version;
  const database = new Database(':memory:');
  const sqlite = sqliteVersionSchema.parse(database.prepare('SELECT sqlite_version() AS version').get()).version;
  database.close();
  return {
    cpuModel: cpuModel(),
    cores: availableParallelism(),
    ramGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${osType()} ${release()}`,
    node: process.version,
    sqlite,
    betterSqlite3,
  };
}

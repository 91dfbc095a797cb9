import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { summarizeLatencies, type LatencySummary } from './latency-summary';

export interface RawUpsertOptions {
  /** The JSON text to store, as the server would store the body. */
  json: string;
  rows: number;
  durationMs: number;
  /** Hard cap on statements, so the loop ends even if the clock misbehaves. */
  maxStatements: number;
}

export interface RawUpsertResult {
  upserts: number;
  elapsedMs: number;
  upsertsPerSecond: number;
  /** Time inside `statement.run`, per upsert. */
  statement: LatencySummary;
}

/**
 * The anchor: what one better-sqlite3 connection can do with the same JSON and no server around it. A one-table
 * database with the server's pragmas (WAL, synchronous=NORMAL, foreign_keys, busy_timeout; see
 * src/server/storage/sqlite/open-sqlite-storage.ts), `rows` rows upserted in turn, each upsert a slightly different
 * text (a counter spliced in) so that no two writes are identical. Each upsert is its own implicit transaction.
 */
export function runRawSqliteUpsert(options: RawUpsertOptions): RawUpsertResult {
  const directory = mkdtempSync(join(tmpdir(), 'bureau-bench-raw-'));
  const database = new Database(join(directory, 'raw.sqlite'));
  try {
    database.pragma('busy_timeout = 5000');
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma('synchronous = NORMAL');
    database.exec('CREATE TABLE documents (id TEXT PRIMARY KEY, version INTEGER NOT NULL, body TEXT NOT NULL) STRICT');
    const upsert = database.prepare<[string, string]>(`
      INSERT INTO documents (id, version, body) VALUES (?, 1, ?)
      ON CONFLICT (id) DO UPDATE SET body = excluded.body, version = documents.version + 1`);
    const ids = Array.from({ length: options.rows }, (_, index) => `r-${index + 1}`);
    // Fill every row once first, so the timed loop only updates (as autosave does).
    for (const id of ids) upsert.run(id, options.json);

    // Six ASCII digits replace the first six characters of a text value in the middle of the body: still valid JSON.
    const textValue = options.json.indexOf('"text":"', options.json.length >> 1);
    if (textValue < 0) throw new Error('the JSON to upsert has no "text" value past its middle');
    const cut = textValue + '"text":"'.length;
    const head = options.json.slice(0, cut);
    const tail = options.json.slice(cut + 6);
    const latencies: number[] = [];
    const started = performance.now();
    const deadline = started + options.durationMs;
    let upserts = 0;
    while (upserts < options.maxStatements && performance.now() < deadline) {
      const id = ids[upserts % ids.length]!;
      const text = head + String(upserts % 1_000_000).padStart(6, '0') + tail;
      const before = performance.now();
      upsert.run(id, text);
      latencies.push(performance.now() - before);
      upserts += 1;
    }
    const elapsedMs = performance.now() - started;
    return { upserts, elapsedMs, upsertsPerSecond: (upserts / elapsedMs) * 1000, statement: summarizeLatencies(latencies) };
  } finally {
    database.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

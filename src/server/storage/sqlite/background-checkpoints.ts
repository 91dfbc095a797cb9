import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';

const workerMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('started') }),
  z.object({ kind: z.literal('stopped') }),
  z.object({ kind: z.literal('error'), message: z.string() }),
]);

export interface BackgroundCheckpoints {
  /** Stops the worker; the caller then checkpoints what is left on its own connection. */
  stop(): Promise<void>;
}

// Plain JavaScript evaluated in the worker, so it runs the same under tsx, a build or the test runner.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driverPath);
const database = new Database(workerData.file);
database.pragma('busy_timeout = 1000');
let failures = 0;
const timer = setInterval(() => {
  try {
    database.pragma('wal_checkpoint(PASSIVE)');
    failures = 0;
  } catch (error) {
    failures += 1;
    if (failures === 1) parentPort.postMessage({ kind: 'error', message: String(error && error.message || error) });
  }
}, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  database.close();
  parentPort.postMessage({ kind: 'stopped' });
});
parentPort.postMessage({ kind: 'started' });
`;

/**
 * Copies the write-ahead log into the database file from a worker thread with its own connection, so the copy and
 * its fsync never stall the event loop (the connection that serves requests runs with `wal_autocheckpoint = 0`).
 * PASSIVE checkpoints never block writers or readers: they copy what no reader still needs, and the next write
 * restarts the log once all of it is copied.
 */
export async function startBackgroundCheckpoints(
  file: string,
  options: { intervalMs?: number; log?: (message: string) => void } = {},
): Promise<BackgroundCheckpoints> {
  const driverPath = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(workerSource, { eval: true, workerData: { file, driverPath, intervalMs: options.intervalMs ?? 250 } });
  const log = options.log ?? ((message: string) => console.warn(message));
  let stopped: (() => void) | null = null;
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (raw: unknown) => {
      const message = workerMessageSchema.safeParse(raw);
      if (!message.success) return;
      if (message.data.kind === 'started') resolve();
      else if (message.data.kind === 'stopped') stopped?.();
      else log(`[sqlite] background checkpoint failed: ${message.data.message}`);
    });
  });
  // Never keeps the process alive on its own.
  worker.unref();
  return {
    async stop() {
      const done = new Promise<void>((resolve) => {
        stopped = resolve;
        worker.once('exit', () => resolve());
      });
      worker.postMessage('stop');
      await done;
      await worker.terminate();
    },
  };
}

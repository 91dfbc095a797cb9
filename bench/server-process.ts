import { startBureauServer } from '../src/server/create-bureau-server';
import { readServerConfig } from '../src/server/server-config';

/**
 * The benchmark's server: the real Bureau, configured from the environment exactly as `npm run server` is
 * (src/server/main.ts), in its own Node process forked by bench/server-autosave.ts. It reports its URL over the IPC
 * channel instead of printing the banner, and stops (finishing in-flight requests, closing SQLite) on SIGTERM or
 * when the parent goes away.
 */
const config = readServerConfig();
const server = await startBureauServer(config, { log: (line) => process.stderr.write(`[server] ${line}\n`) });
if (process.send === undefined) throw new Error('bench/server-process.ts is meant to be forked with an IPC channel');
process.send({ url: server.url, seeded: server.seeded });

let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
process.on('SIGTERM', stop);
process.on('disconnect', stop);

import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { startBureauServer } from '../src/server/create-bureau-server';
import { readServerConfig } from '../src/server/server-config';
import { serverCommandSchema, type ServerCommand, type ServerReply } from './server-process-messages';

/**
 * The benchmark's server: the real Bureau, configured from the environment exactly as `npm run server` is
 * (src/server/main.ts), in its own Node process forked by bench/server-autosave.ts. Instead of printing the banner it
 * talks to the parent over the IPC channel: its URL, its CPU time, and on request a CPU profile of its main thread.
 * It stops (finishing in-flight requests, closing SQLite) on SIGTERM or when the parent goes away.
 */
if (process.send === undefined) throw new Error('bench/server-process.ts is meant to be forked with an IPC channel');
const config = readServerConfig();
const server = await startBureauServer(config, { log: (line) => process.stderr.write(`[server] ${line}\n`) });

function reply(message: ServerReply): void {
  process.send?.(message);
}

let profiler: Session | null = null;

async function handle(command: ServerCommand): Promise<void> {
  switch (command.command) {
    case 'cpu-usage': {
      const usage = process.cpuUsage();
      reply({ reply: 'cpu-usage', userMicros: usage.user, systemMicros: usage.system });
      return;
    }
    case 'start-profile': {
      profiler = new Session();
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.setSamplingInterval', { interval: command.samplingIntervalMicros });
      await profiler.post('Profiler.start');
      reply({ reply: 'profile-started' });
      return;
    }
    case 'stop-profile': {
      if (profiler === null) throw new Error('stop-profile without start-profile');
      const { profile } = await profiler.post('Profiler.stop');
      profiler.disconnect();
      profiler = null;
      await writeFile(command.file, JSON.stringify(profile));
      reply({ reply: 'profile-written', file: command.file });
      return;
    }
  }
}

process.on('message', (message: unknown) => {
  handle(serverCommandSchema.parse(message)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});

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

reply({ reply: 'listening', url: server.url });

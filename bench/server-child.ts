import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { serverReplySchema, type ServerCommand, type ServerReply } from './server-process-messages';

export interface ServerChild {
  url: string;
  port: number;
  /** Sends a command and waits (up to `timeoutMs`) for the reply of the given kind. */
  ask<Kind extends ServerReply['reply']>(command: ServerCommand, kind: Kind, timeoutMs?: number): Promise<Extract<ServerReply, { reply: Kind }>>;
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

const entry = fileURLToPath(new URL('./server-process.ts', import.meta.url));

function isReplyOf<Kind extends ServerReply['reply']>(reply: ServerReply, kind: Kind): reply is Extract<ServerReply, { reply: Kind }> {
  return reply.reply === kind;
}

function waitForReply<Kind extends ServerReply['reply']>(
  child: ChildProcess,
  kind: Kind,
  timeoutMs: number,
): Promise<Extract<ServerReply, { reply: Kind }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanUp();
      reject(new Error(`the server child did not reply "${kind}" within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (message: unknown) => {
      const parsed = serverReplySchema.safeParse(message);
      if (!parsed.success || !isReplyOf(parsed.data, kind)) return;
      cleanUp();
      resolve(parsed.data);
    };
    const onExit = (code: number | null) => {
      cleanUp();
      reject(new Error(`the server child exited (code ${code}) before replying "${kind}"`));
    };
    function cleanUp() {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    }
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

/**
 * Forks bench/server-process.ts (the real server, TypeScript run through tsx's loader) with `env`, and resolves once
 * it listens. `nodeOptions` go before the script (e.g. `--max-old-space-size`).
 */
export async function startServerChild(env: NodeJS.ProcessEnv, nodeOptions: readonly string[] = []): Promise<ServerChild> {
  const child = fork(entry, [], { env, execArgv: ['--import', 'tsx', ...nodeOptions], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const listening = await waitForReply(child, 'listening', 60_000).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  const port = Number(new URL(listening.url).port);
  return {
    url: listening.url,
    port,
    ask(command, kind, timeoutMs = 30_000) {
      const reply = waitForReply(child, kind, timeoutMs);
      child.send(command);
      return reply;
    },
    async stop(graceMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

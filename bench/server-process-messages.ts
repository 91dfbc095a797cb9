import { z } from 'zod';

/** What bench/server-autosave.ts asks its server child over the IPC channel. */
export const serverCommandSchema = z.discriminatedUnion('command', [
  /** Reply with `process.cpuUsage()` (microseconds of user and system CPU since the child started). */
  z.object({ command: z.literal('cpu-usage') }),
  /** Start V8's sampling CPU profiler on the server's main thread. */
  z.object({ command: z.literal('start-profile'), samplingIntervalMicros: z.number().int().positive() }),
  /** Stop it and write the `.cpuprofile` (Chrome DevTools format) to `file`. */
  z.object({ command: z.literal('stop-profile'), file: z.string() }),
]);
export type ServerCommand = z.infer<typeof serverCommandSchema>;

export const serverReplySchema = z.discriminatedUnion('reply', [
  z.object({ reply: z.literal('listening'), url: z.string() }),
  z.object({ reply: z.literal('cpu-usage'), userMicros: z.number(), systemMicros: z.number() }),
  z.object({ reply: z.literal('profile-started') }),
  z.object({ reply: z.literal('profile-written'), file: z.string() }),
]);
export type ServerReply = z.infer<typeof serverReplySchema>;

import { z } from 'zod';

/** One Chrome trace event, only the fields the typing measures read. */
export const traceEventSchema = z
  .object({
    name: z.string(),
    cat: z.string().default(''),
    ph: z.string().default(''),
    ts: z.number().default(0),
    dur: z.number().optional(),
    pid: z.number().default(0),
    tid: z.number().default(0),
    args: z.object({ data: z.object({ type: z.string().optional() }).loose().optional() }).loose().optional(),
  })
  .loose();

export type TraceEvent = z.infer<typeof traceEventSchema>;

export interface TypingTrace {
  /** Per typed character, in ms: keydown + keypress + keyup `EventDispatch` durations (the first character kept). */
  typeMs: number[];
  /** Longest top-level task on the page's main thread from the first keydown to `settleMs` after the last keyup. */
  longestTaskMs: number;
}

const keyEventTypes = ['keydown', 'keypress', 'keyup'] as const;
const taskNames = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * What Gutenberg's performance suite reads from a typing trace: the i-th keydown, keypress and keyup dispatches
 * belong to the i-th character. Throws when the counts disagree with the characters typed, rather than pairing
 * events of different keys.
 */
export function readTypingTrace(events: readonly TraceEvent[], characters: number, settleMs: number): TypingTrace {
  const dispatches = events
    .filter((event) => event.name === 'EventDispatch' && event.dur !== undefined)
    .sort((left, right) => left.ts - right.ts);
  const byType = new Map(
    keyEventTypes.map((type) => [type, dispatches.filter((event) => event.args?.data?.type === type)] as const),
  );
  for (const [type, list] of byType) {
    if (list.length !== characters) throw new Error(`trace has ${list.length} ${type} dispatches for ${characters} characters`);
  }
  const typeMs = Array.from({ length: characters }, (_, index) =>
    keyEventTypes.reduce((sum, type) => sum + (byType.get(type)?.[index]?.dur ?? 0), 0) / 1000,
  );

  const firstKeydown = byType.get('keydown')?.[0];
  const lastKeyup = byType.get('keyup')?.at(-1);
  if (firstKeydown === undefined || lastKeyup === undefined) throw new Error('trace has no key events');
  const windowStart = firstKeydown.ts;
  const windowEnd = lastKeyup.ts + (lastKeyup.dur ?? 0) + settleMs * 1000;
  let longestTask = 0;
  for (const event of events) {
    if (!taskNames.has(event.name) || event.dur === undefined) continue;
    if (event.pid !== firstKeydown.pid || event.tid !== firstKeydown.tid) continue;
    if (event.ts + event.dur < windowStart || event.ts > windowEnd) continue;
    longestTask = Math.max(longestTask, event.dur);
  }
  return { typeMs, longestTaskMs: longestTask / 1000 };
}

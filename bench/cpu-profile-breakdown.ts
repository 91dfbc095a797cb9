import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const profileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
      hitCount: z.number().optional(),
      children: z.array(z.number()).optional(),
    }),
  ),
  startTime: z.number(),
  endTime: z.number(),
  samples: z.array(z.number()).default([]),
});

/** A named part of the save, recognised by a frame on the stack. */
interface Span {
  label: string;
  matches: (functionName: string, url: string) => boolean;
}

const inFile = (file: string, ...names: string[]) => (functionName: string, url: string) =>
  url.includes(file) && (names.length === 0 || names.includes(functionName));

/**
 * Spans are inclusive (everything called beneath the frame) and may nest, so they overlap: read each as "this much
 * of the server's CPU was spent inside X". Functions are matched by name and file.
 */
const spans: readonly Span[] = [
  { label: 'auth: session look-up (signedIn middleware)', matches: inFile('services/auth-service', 'require') },
  { label: 'route: readJson (request text + JSON.parse)', matches: inFile('api/read-request', 'readJson') },
  { label: 'route: parseOrRefuse (zod, save request)', matches: inFile('api/read-request', 'parseOrRefuse') },
  { label: 'service.saveChanges / save (all of it)', matches: inFile('services/roundup-service', 'saveChanges', 'save') },
  { label: '  parseOrThrow (zod, save request again)', matches: inFile('services/roundup-service', 'parseOrThrow') },
  { label: '  prepareBriefChanges (order checks, validate sent briefs)', matches: inFile('services/brief-changes', 'prepareBriefChanges') },
  { label: '  mergeBriefChanges', matches: inFile('services/brief-changes', 'mergeBriefChanges') },
  { label: '  checkBodySize (per-brief cached sizes)', matches: inFile('services/roundup-service', 'checkBodySize') },
  { label: '  hashText (fingerprint)', matches: (name, url) => url.includes('services/sha256') || name === 'hashText' },
  { label: '  canonicalJson (fingerprint)', matches: inFile('services/canonical-json', 'canonicalJson') },
  { label: '  replay (idempotency look-up)', matches: inFile('services/roundup-service', 'replay') },
  { label: '  canonicalBody (whole saves: validate + toJSON + zod)', matches: inFile('services/roundup-service', 'canonicalBody') },
  { label: '  load (SQLite get + JSON.parse + zod)', matches: inFile('services/roundup-service', 'load') },
  { label: '  commit → storage.update (changed brief rows + SQLite write)', matches: inFile('sqlite/sqlite-roundup-storage', 'update') },
  { label: 'hono c.json (response JSON.stringify)', matches: (name, url) => name === 'json' && url.includes('node_modules/hono') },
  { label: '@hono/node-server (HTTP in and out)', matches: (_name, url) => url.includes('@hono/node-server') },
  { label: 'any hono frame (routing, middleware, context)', matches: (_name, url) => url.includes('node_modules/hono/') },
  { label: 'any zod frame', matches: (_name, url) => url.includes('node_modules/zod') },
  { label: 'any ProseMirror frame', matches: (_name, url) => url.includes('prosemirror-') },
];

export interface CpuProfileBreakdown {
  sampledMs: number;
  idleMs: number;
  garbageCollectionMs: number;
  spans: { label: string; ms: number }[];
  selfTop: { frame: string; ms: number }[];
}

/** Reads a `.cpuprofile` and splits the sampled time into the save's spans and the heaviest functions (self time). */
export async function summarizeCpuProfile(file: string): Promise<CpuProfileBreakdown> {
  const profile = profileSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const sampleMs = profile.samples.length === 0 ? 0 : (profile.endTime - profile.startTime) / 1000 / profile.samples.length;

  const spanSamples = new Map<string, number>();
  const selfSamples = new Map<string, number>();
  let idle = 0;
  let garbageCollection = 0;
  for (const leafId of profile.samples) {
    const leaf = byId.get(leafId);
    if (leaf === undefined) continue;
    const leafName = leaf.callFrame.functionName;
    if (leafName === '(idle)') {
      idle += 1;
      continue;
    }
    if (leafName === '(garbage collector)') garbageCollection += 1;
    const selfKey = `${leafName || '(anonymous)'} ${leaf.callFrame.url.replace(/^.*\/(node_modules|src)\//, '$1/')}:${leaf.callFrame.lineNumber + 1}`;
    selfSamples.set(selfKey, (selfSamples.get(selfKey) ?? 0) + 1);
    const seen = new Set<string>();
    for (let id: number | undefined = leafId; id !== undefined; id = parentOf.get(id)) {
      const frame = byId.get(id)?.callFrame;
      if (frame === undefined) break;
      for (const span of spans) if (!seen.has(span.label) && span.matches(frame.functionName, frame.url)) seen.add(span.label);
    }
    for (const label of seen) spanSamples.set(label, (spanSamples.get(label) ?? 0) + 1);
  }
  return {
    sampledMs: profile.samples.length * sampleMs,
    idleMs: idle * sampleMs,
    garbageCollectionMs: garbageCollection * sampleMs,
    spans: spans.map((span) => ({ label: span.label, ms: (spanSamples.get(span.label) ?? 0) * sampleMs })),
    selfTop: [...selfSamples.entries()]
      .sort((left, right) => right[1] - left[1])
      .slice(0, 20)
      .map(([frame, samples]) => ({ frame, ms: samples * sampleMs })),
  };
}

/** Prints the breakdown per save (main-thread milliseconds) and as a share of the busy time. */
export function printCpuProfileBreakdown(breakdown: CpuProfileBreakdown, saves: number): void {
  const busyMs = breakdown.sampledMs - breakdown.idleMs;
  const perSave = (ms: number) => (saves > 0 ? (ms / saves).toFixed(2) : 'n/a');
  const share = (ms: number) => (busyMs > 0 ? `${((ms / busyMs) * 100).toFixed(1)} %` : 'n/a');
  console.log(
    `Sampled ${breakdown.sampledMs.toFixed(0)} ms of the main thread: idle ${breakdown.idleMs.toFixed(0)} ms, ` +
      `busy ${busyMs.toFixed(0)} ms = ${perSave(busyMs)} ms per save (${saves} saves), GC ${share(breakdown.garbageCollectionMs)} of busy`,
  );
  console.log('\nInclusive spans (nested, they overlap)            ms/save   share of busy');
  for (const span of breakdown.spans) console.log(`${span.label.padEnd(52)}${perSave(span.ms).padStart(7)}   ${share(span.ms).padStart(8)}`);
  console.log('\nHeaviest functions by self time                                       ms/save   share of busy');
  for (const entry of breakdown.selfTop) {
    console.log(`${entry.frame.slice(0, 70).padEnd(70)}${perSave(entry.ms).padStart(7)}   ${share(entry.ms).padStart(8)}`);
  }
}

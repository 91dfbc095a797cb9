import { z } from 'zod';

/** The parts of Vite's `.vite/manifest.json` a route's script list is read from. */
const manifestChunkSchema = z
  .object({
    file: z.string(),
    imports: z.array(z.string()).optional(),
    dynamicImports: z.array(z.string()).optional(),
    isEntry: z.boolean().optional(),
    isDynamicEntry: z.boolean().optional(),
  })
  .loose();

export const viteManifestSchema = z.record(z.string(), manifestChunkSchema);
export type ViteManifest = z.infer<typeof viteManifestSchema>;

/**
 * The script files a browser fetches before a route can show anything: the page entry, the route's lazily loaded
 * module(s), and everything either imports statically, transitively. Dynamic imports stay out (they load on demand),
 * which is the point of the budget: whatever is needed only later must be behind one.
 */
export function routeScripts(manifest: ViteManifest, entries: readonly string[]): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const pending = [...entries];
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (seen.has(key)) continue;
    seen.add(key);
    const chunk = manifest[key];
    if (chunk === undefined) throw new Error(`the build manifest has no chunk for "${key}"`);
    if (chunk.file.endsWith('.js')) files.add(chunk.file);
    pending.push(...(chunk.imports ?? []));
  }
  return [...files].sort();
}

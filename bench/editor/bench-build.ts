import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Builds the app as `npm run build` does, into `outDir/app` (never the shared `dist`, which others may be building). */
export async function buildApp(outDir: string): Promise<string> {
  const app = join(outDir, 'app');
  await build({ root: repoRoot, configFile: join(repoRoot, 'vite.config.ts'), logLevel: 'warn', build: { outDir: app, emptyOutDir: true } });
  return app;
}

/** Builds the bare Tiptap anchor page (bench/editor/anchor) into `outDir/anchor`. */
export async function buildAnchor(outDir: string): Promise<string> {
  const anchor = join(outDir, 'anchor');
  await build({
    root: join(repoRoot, 'bench', 'editor', 'anchor'),
    configFile: false,
    logLevel: 'warn',
    build: { outDir: anchor, emptyOutDir: true, target: 'es2022' },
  });
  return anchor;
}

export async function buildPages(outDir: string): Promise<{ app: string; anchor: string }> {
  const app = await buildApp(outDir);
  const anchor = await buildAnchor(outDir);
  return { app, anchor };
}

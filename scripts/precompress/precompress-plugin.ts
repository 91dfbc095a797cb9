import type { Plugin, ResolvedConfig } from 'vite';
import { resolve } from 'node:path';
import { precompressDirectory } from './precompress-directory';

/** After `vite build` has written everything (public/ included), the brotli and gzip files the server sends. */
export function precompressPlugin(): Plugin {
  let config: ResolvedConfig | null = null;
  return {
    name: 'bureau-precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // After the bundle is written, and only when the build succeeded (public/ is copied before it).
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (config === null) return;
        const outDir = resolve(config.root, config.build.outDir);
        const files = await precompressDirectory(outDir);
        config.logger.info(`precompressed ${files.length} files (brotli and gzip) in ${config.build.outDir}`);
      },
    },
  };
}

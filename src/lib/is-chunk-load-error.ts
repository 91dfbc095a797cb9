/**
 * The error a dynamic `import()` rejects with when the module's file cannot be fetched (Chromium, Firefox, Safari
 * and Vite's preload helper each word it differently): after a deploy, the file this page knows was replaced.
 */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS|error loading dynamically imported/i.test(error.message);
}

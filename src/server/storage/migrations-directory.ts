import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseEngine } from './database-storage';

/**
 * Where the engine's .sql migrations are: `migrations/<engine>/` beside this module. Run from source (tsx, vitest)
 * that is `src/server/storage/migrations/`; a bundled server resolves it next to its bundle, so its build copies
 * that folder there (or passes `migrationsDirectory` to the factory).
 */
export function migrationsDirectory(engine: DatabaseEngine): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'migrations', engine);
}

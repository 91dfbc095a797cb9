import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runCli } from './run-cli';
import { exportFormats, isExportFormat } from '../../render/export-format';
import { createRandomId } from '../../schema/random-id';
import type { Actor } from '../../services/actor';
import { exportRoundupFile } from '../../api/roundup-export-file';
import { createRoundupService } from '../../services/roundup-service';
import { ServiceError } from '../../services/service-error';
import { readServerConfig } from '../server-config';
import { openConfiguredStorage } from '../storage/open-configured-storage';

const usage = `usage: npm run export -- ID --format ${exportFormats.join('|')} [--out FILE] [--base-url URL]
Reads the roundup from the server's storage (SQLite in DATA_DIR, or DATABASE_URL) and prints it in that format.
--base-url is where photo links point (default http://localhost:8080, or PUBLIC_URL).`;

/** Someone at the server's own console: may read every roundup. */
const console_: Actor = { id: 'system-cli', name: '명령줄', role: 'admin' };

/** `npm run export -- ID --format F`: one stored roundup in an exchange format, to standard output or a file. */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { format: { type: 'string' }, out: { type: 'string' }, 'base-url': { type: 'string' } },
  });
  const id = positionals[0];
  if (id === undefined || positionals.length > 1 || !isExportFormat(values.format)) {
    console.error(usage);
    return 2;
  }
  const storage = await openConfiguredStorage(readServerConfig(), { checkpointInBackground: false });
  try {
    const roundups = createRoundupService({ storage: storage.roundups, clock: () => new Date(), generateId: createRandomId });
    const roundup = await roundups.get(console_, id);
    const file = exportRoundupFile(roundup, values.format, values['base-url'] ?? process.env.PUBLIC_URL ?? 'http://localhost:8080');
    if (values.out === undefined) process.stdout.write(file.body);
    else {
      await writeFile(values.out, file.body, 'utf8');
      console.error(`wrote ${values.out} (${file.mimeType})`);
    }
    return 0;
  } catch (error) {
    if (error instanceof ServiceError) {
      console.error(`export failed [${error.code}]: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await storage.close();
  }
}

runCli(main);

import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runCli } from './run-cli';
import { importRoundupText } from '../../import/import-roundup-text';

const usage = 'usage: npm run import -- FILE   (FILE "-" reads standard input)\nPrints the roundup JSON ({ meta, body, warnings, confidence }); warnings also go to standard error.';

async function readInput(file: string): Promise<string> {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

/** `npm run import -- FILE`: the text of a published or wire roundup as Bureau's roundup JSON. */
async function main(): Promise<number> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  const result = importRoundupText(await readInput(file));
  for (const warning of result.warnings) {
    console.error(`warning${warning.line === undefined ? '' : ` (line ${warning.line})`} [${warning.code}]: ${warning.message}`);
  }
  if (!result.ok) {
    console.error(`import failed [${result.error.code}]: ${result.error.message}`);
    return 1;
  }
  const { meta, body, warnings, confidence } = result;
  process.stdout.write(`${JSON.stringify({ meta, body, warnings, confidence }, null, 2)}\n`);
  return 0;
}

runCli(main);

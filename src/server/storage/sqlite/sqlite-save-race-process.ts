import { sampleBodies } from '../../../../tests/contract/sample-bodies';
import { sampleStoredRoundup } from '../../../../tests/contract/sample-stored-roundup';
import { openSqliteStorage } from './open-sqlite-storage';

/**
 * One contender of the multi-process test in `sqlite-storage.test.ts`, run as its own Node process: opens the file
 * (migrating it if nobody has yet), inserts roundup r-1 unless it exists, and saves it from version 1. Prints
 * `{"inserted":boolean,"saved":boolean}`.
 */
const file = process.argv[2];
const contender = process.argv[3];
if (file === undefined || contender === undefined) throw new Error('usage: sqlite-save-race-process.ts <file> <contender>');

const storage = await openSqliteStorage({ file });
const roundup = sampleStoredRoundup('r-1', { meta: { headline: 'first' }, body: sampleBodies.valid() });
const inserted = await storage.roundups.insert(roundup);
const saved = await storage.roundups.update({ ...roundup, version: 2, meta: { headline: `saved by ${contender}` } }, { version: 1, workflowRevision: 0 });
await storage.close();
process.stdout.write(JSON.stringify({ inserted, saved }));

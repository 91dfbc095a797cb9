import type { StoredRoundup } from '../../src/services/stored-roundup';
import { sampleBodies } from './sample-bodies';

/** A roundup as storage holds it, for the storage tests of every adapter; override what a test is about. */
export function sampleStoredRoundup(id: string, overrides: Partial<StoredRoundup> = {}): StoredRoundup {
  return {
    id,
    ownerId: 'u-reporter',
    meta: { kicker: '광주소식', headline: `헤드라인 ${id}`, region: '광주' },
    body: sampleBodies.valid(id),
    status: 'draft',
    workflow: {},
    version: 1,
    workflowRevision: 0,
    schemaVersion: 1,
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    ...overrides,
  };
}

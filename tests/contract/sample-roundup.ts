import { gwangjuRoundupBody, gwangjuRoundupMetadata } from '../../src/schema/demo/gwangju-roundup';
import type { Roundup } from '../../src/schema/roundup';
import { emptyWorkflow } from '../../src/schema/roundup-workflow';

/** A valid roundup (the model roundup as a fresh draft of the demo reporter), for unit tests; override what matters. */
export function sampleRoundup(overrides: Partial<Roundup> = {}): Roundup {
  return {
    id: 'r-1',
    ownerId: 'u-reporter',
    meta: gwangjuRoundupMetadata,
    body: gwangjuRoundupBody,
    status: 'draft',
    workflow: emptyWorkflow(),
    version: 1,
    workflowRevision: 0,
    schemaVersion: 1,
    createdAt: '2026-11-30T00:00:00.000Z',
    updatedAt: '2026-11-30T00:00:00.000Z',
    ...overrides,
  };
}

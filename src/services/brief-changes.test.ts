import { describe, expect, it } from 'vitest';
import { sampleBodies } from '../../tests/contract/sample-bodies';
import { sampleRoundup } from '../../tests/contract/sample-roundup';
import type { Roundup } from '../schema/roundup';
import { emptyRoundupMetadata } from '../schema/roundup-metadata';
import { mergeBriefChanges, prepareBriefChanges } from './brief-changes';
import { ServiceError } from './service-error';

function roundupWith(briefs: number): Roundup {
  return sampleRoundup({ meta: emptyRoundupMetadata(), body: sampleBodies.valid('원래', briefs), version: 4 });
}

function refusal(run: () => unknown): ServiceError {
  try {
    run();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('prepareBriefChanges + mergeBriefChanges', () => {
  it('keeps the briefs not sent as the very objects of the base version', () => {
    const base = roundupWith(3);
    const edited = sampleBodies.valid('고침', 3).content![1]!;
    const body = mergeBriefChanges(base, prepareBriefChanges({ briefOrder: ['b-sample-2', 'b-sample-1', 'b-sample-3'], briefs: [edited] }));
    expect(body.content?.[0]).toEqual(edited);
    expect(body.content?.[1]).toBe(base.body.content?.[0]);
    expect(body.content?.[2]).toBe(base.body.content?.[2]);
  });

  it('locates a problem in a sent brief by its place in the new order', () => {
    const broken = { type: 'brief', attrs: { id: 'b-sample-1' }, content: [{ type: 'briefHeading' }, { type: 'paragraph', content: [{ type: 'image' }] }] };
    const error = refusal(() => prepareBriefChanges({ briefOrder: ['b-sample-2', 'b-sample-1'], briefs: [broken] }));
    expect(error.code).toBe('invalid_body');
    expect(error.details?.issues).toEqual([
      expect.objectContaining({ path: 'briefs[0].content[1].content[0]', location: 'brief 2 › paragraph 1 › image 1' }),
    ]);
  });

  it('refuses every misfit between the order and the sent briefs at once', () => {
    const [brief] = sampleBodies.valid('x', 1).content!;
    const error = refusal(() => prepareBriefChanges({ briefOrder: ['b-a', 'b-a'], briefs: [brief!, brief!] }));
    expect(error.code).toBe('validation_failed');
    expect(error.details?.issues?.map((issue) => issue.path)).toEqual(['briefOrder[1]', 'briefs[0].attrs.id', 'briefs[1].attrs.id']);
  });

  it('names, with the base version, a brief that is neither sent nor stored', () => {
    const error = refusal(() => mergeBriefChanges(roundupWith(1), prepareBriefChanges({ briefOrder: ['b-sample-1', 'b-gone'], briefs: [] })));
    expect(error.code).toBe('validation_failed');
    expect(error.details?.issues).toEqual([{ path: 'briefOrder[1]', message: 'version 4 has no brief "b-gone": send it in briefs' }]);
  });
});

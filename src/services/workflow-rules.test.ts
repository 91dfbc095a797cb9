import { describe, expect, it } from 'vitest';
import { sampleBodies } from '../../tests/contract/sample-bodies';
import { emptyWorkflow, type RoundupWorkflow } from '../schema/roundup-workflow';
import { sameJson } from './same-json';
import { roundupStatuses } from '../schema/roundup-status';
import { ServiceError } from './service-error';
import { assertDeletable, availableActions, reviewAfterEdit, wasEverPublished } from './workflow-rules';

const stamp = { by: 'u-desk', byName: '김데스크', at: '2026-11-30T01:00:00.000Z' };

function workflowWith(reviews: RoundupWorkflow['briefReviews']): RoundupWorkflow {
  return { ...emptyWorkflow(), briefReviews: reviews };
}

describe('reviewAfterEdit', () => {
  const before = sampleBodies.valid('원래', 3);

  it('sends an edited approved brief back to pending, leaves returned and untouched ones alone', () => {
    const workflow = workflowWith({
      'b-sample-1': { state: 'approved', stamp },
      'b-sample-2': { state: 'returned', note: '고쳐 주세요', stamp },
      'b-sample-3': { state: 'approved', stamp },
    });
    const edited = sampleBodies.valid('고침', 3);
    const after = { type: 'doc', content: [edited.content![0]!, edited.content![1]!, before.content![2]!] };
    const result = reviewAfterEdit(workflow, before, after, sameJson);
    expect(result?.reopened).toEqual(['b-sample-1']);
    expect(result?.workflow.briefReviews).toEqual({
      'b-sample-1': { state: 'pending', reopenedByEdit: true },
      'b-sample-2': { state: 'returned', note: '고쳐 주세요', stamp },
      'b-sample-3': { state: 'approved', stamp },
    });
  });

  it('forgets the reviews of deleted briefs, and changes nothing when nothing it cares about changed', () => {
    const workflow = workflowWith({ 'b-sample-3': { state: 'approved', stamp } });
    const shorter = { type: 'doc', content: before.content!.slice(0, 2) };
    expect(reviewAfterEdit(workflow, before, shorter, sameJson)?.workflow.briefReviews).toEqual({});
    expect(reviewAfterEdit(workflow, before, before, sameJson)).toBeNull();
  });
});

describe('availableActions', () => {
  it('offers each role what it may take from the status', () => {
    const reporter = { id: 'u-reporter', name: '신대희', role: 'reporter' as const };
    const desk = { id: 'u-desk', name: '김데스크', role: 'desk' as const };
    const designer = { id: 'u-designer', name: '박디자인', role: 'designer' as const };
    const own = { ownerId: 'u-reporter' };
    expect(availableActions(reporter, { ...own, status: 'draft' })).toEqual(['submit']);
    expect(availableActions(reporter, { ownerId: 'u-other', status: 'draft' })).toEqual([]);
    expect(availableActions(desk, { ...own, status: 'in_review' })).toEqual(['approve_brief', 'return_brief', 'request_changes', 'approve']);
    expect(availableActions(designer, { ...own, status: 'approved' })).toEqual(['check_layout']);
  });
});

describe('assertDeletable', () => {
  it('lets only roundups that were never published be deleted', () => {
    for (const status of roundupStatuses) {
      const deletable = status !== 'published' && status !== 'withdrawn';
      expect({ status, deletable: !wasEverPublished({ status, workflow: emptyWorkflow() }) }).toEqual({ status, deletable });
    }
  });

  it('refuses a published roundup with 409 published_roundup_not_deletable, saying to withdraw it', () => {
    const refusal = (() => {
      try {
        assertDeletable({ status: 'published', workflow: { ...emptyWorkflow(), publication: stamp } });
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refusal).toBeInstanceOf(ServiceError);
    expect(refusal).toMatchObject({ code: 'published_roundup_not_deletable', status: 409 });
    expect(refusal instanceof Error ? refusal.message : '').toMatch(/withdraw/);
  });

  it('refuses a roundup whose workflow says it was published, whatever its status says', () => {
    expect(() => assertDeletable({ status: 'draft', workflow: { ...emptyWorkflow(), publication: stamp } })).toThrow(/published/);
    expect(() => assertDeletable({ status: 'withdrawn', workflow: emptyWorkflow() })).toThrow(/withdrawn/);
    expect(() => assertDeletable({ status: 'approved', workflow: emptyWorkflow() })).not.toThrow();
  });
});

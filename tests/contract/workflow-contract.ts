import { describe, expect, it } from 'vitest';
import { apiErrorBodySchema } from '../../src/contract/api-error';
import { deletionsResponseSchema } from '../../src/contract/deletion-endpoints';
import { listRoundupsResponseSchema, roundupResponseSchema, saveReceiptSchema } from '../../src/contract/roundup-endpoints';
import { apiRoutes } from '../../src/contract/routes';
import { notificationsResponseSchema } from '../../src/contract/notification-endpoints';
import { peopleResponseSchema, type UserRole } from '../../src/contract/user-endpoints';
import {
  roundupEventsResponseSchema,
  type RoundupActionName,
  type RoundupActionRequest,
} from '../../src/contract/workflow-endpoints';
import type { RoundupStatus } from '../../src/schema/roundup-status';
import type { Roundup } from '../../src/schema/roundup';
import type { ContractBackend } from './roundup-api-contract';
import { sampleBodies } from './sample-bodies';
import { signedInBackend } from './signed-in-client';

const roles: UserRole[] = ['reporter', 'desk', 'designer', 'admin'];
const statuses: RoundupStatus[] = ['draft', 'submitted', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'withdrawn'];

/**
 * The review workflow as the newsroom agreed it, written out independently of `workflow-rules.ts` so that a change
 * to the rules has to be a change to this table too. On a roundup owned by the reporter: who may take each action,
 * from which statuses, and where it leads (null: the status stays).
 */
const spec: Record<RoundupActionName, { roles: UserRole[]; from: RoundupStatus[]; to: RoundupStatus | null }> = {
  submit: { roles: ['reporter', 'admin'], from: ['draft', 'changes_requested'], to: 'submitted' },
  withdraw_submission: { roles: ['reporter', 'admin'], from: ['submitted'], to: 'draft' },
  start_review: { roles: ['desk', 'admin'], from: ['submitted'], to: 'in_review' },
  approve_brief: { roles: ['desk', 'admin'], from: ['in_review'], to: null },
  return_brief: { roles: ['desk', 'admin'], from: ['in_review'], to: null },
  request_changes: { roles: ['desk', 'admin'], from: ['in_review'], to: 'changes_requested' },
  approve: { roles: ['desk', 'admin'], from: ['in_review'], to: 'approved' },
  schedule: { roles: ['desk', 'admin'], from: ['approved', 'scheduled'], to: 'scheduled' },
  // From `scheduled` only once the time has come: before it, the embargo holds (409), as the matrix shows.
  publish: { roles: ['desk', 'admin'], from: ['approved'], to: 'published' },
  unpublish: { roles: ['desk', 'admin'], from: ['published'], to: 'withdrawn' },
  check_layout: { roles: ['designer', 'admin'], from: ['approved', 'scheduled', 'published'], to: null },
};

const inAnHour = () => new Date(Date.now() + 60 * 60 * 1000).toISOString();

function requestFor(action: RoundupActionName, roundup: Roundup): RoundupActionRequest {
  const briefId = String(roundup.body.content?.[0]?.attrs?.id);
  switch (action) {
    case 'approve_brief':
      return { action, briefId };
    case 'return_brief':
      return { action, briefId, note: '첫 문장의 날짜를 확인해 주세요' };
    case 'request_changes':
      return { action, note: '2번 소식을 고쳐 주세요' };
    case 'approve':
      return { action, override: { note: '마감이 급해 데스크 판단으로 승인' } };
    case 'schedule':
      return { action, publishAt: inAnHour() };
    case 'unpublish':
      return { action, reason: '사실관계 오류로 내림' };
    default:
      return { action };
  }
}

/** The actions that take a draft to each status, taken by an admin (who may take every one). */
const pathTo: Record<RoundupStatus, RoundupActionName[]> = {
  draft: [],
  submitted: ['submit'],
  in_review: ['submit', 'start_review'],
  changes_requested: ['submit', 'start_review', 'request_changes'],
  approved: ['submit', 'start_review', 'approve'],
  scheduled: ['submit', 'start_review', 'approve', 'schedule'],
  published: ['submit', 'start_review', 'approve', 'publish'],
  withdrawn: ['submit', 'start_review', 'approve', 'publish', 'unpublish'],
};

export function defineWorkflowContract(backendName: string, setup: () => Promise<ContractBackend>): void {
  describe(`review workflow contract: ${backendName}`, () => {
    const session = signedInBackend(setup);

    async function json(response: Response, status = 200): Promise<unknown> {
      const body: unknown = await response.json();
      expect(response.status, JSON.stringify(body)).toBe(status);
      return body;
    }

    async function create(role: UserRole = 'reporter', briefs = 2): Promise<Roundup> {
      const response = await session.clients[role].call(apiRoutes.roundups, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ meta: { headline: '검토할 기사' }, body: sampleBodies.valid('본문', briefs) }),
      });
      return roundupResponseSchema.parse(await json(response, 201));
    }

    function act(role: UserRole, roundup: Roundup, request: RoundupActionRequest): Promise<Response> {
      return session.clients[role].call(apiRoutes.roundupActions(roundup.id), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
      });
    }

    async function actOk(role: UserRole, roundup: Roundup, request: RoundupActionRequest): Promise<Roundup> {
      return roundupResponseSchema.parse(await json(await act(role, roundup, request)));
    }

    async function errorCode(response: Response): Promise<string> {
      const { error } = apiErrorBodySchema.parse(await response.json());
      expect(error.message.length).toBeGreaterThan(10);
      return error.code;
    }

    async function roundupIn(status: RoundupStatus): Promise<Roundup> {
      let roundup = await create();
      for (const action of pathTo[status]) roundup = await actOk('admin', roundup, requestFor(action, roundup));
      expect(roundup.status).toBe(status);
      return roundup;
    }

    describe('every role × every action × every status', () => {
      for (const status of statuses) {
        for (const action of Object.keys(spec) as RoundupActionName[]) {
          it(`${action} on a roundup that is ${status}`, async () => {
            const rule = spec[action];
            for (const role of roles) {
              const roundup = await roundupIn(status);
              const response = await act(role, roundup, requestFor(action, roundup));
              const label = `${role}: ${action} @ ${status}`;
              if (!rule.roles.includes(role)) {
                expect(response.status, label).toBe(403);
                expect(await errorCode(response), label).toBe('forbidden');
              } else if (!rule.from.includes(status)) {
                expect(response.status, label).toBe(409);
                expect(await errorCode(response), label).toBe('invalid_transition');
              } else {
                const after = roundupResponseSchema.parse(await json(response));
                expect(after.status, label).toBe(rule.to ?? status);
                expect(after.version, `${label}: the document version stays`).toBe(roundup.version);
                expect(after.workflowRevision, label).toBe(roundup.workflowRevision + 1);
              }
            }
          });
        }
      }
    });

    it('records every step: who, when, from, to, note', async () => {
      const roundup = await create();
      const submitted = await actOk('reporter', roundup, { action: 'submit', note: '확인 부탁드립니다' });
      await actOk('desk', submitted, { action: 'start_review' });
      const { items } = roundupEventsResponseSchema.parse(await json(await session.clients.designer.call(apiRoutes.roundupEvents(roundup.id))));
      expect(items).toEqual([
        expect.objectContaining({ revision: 1, action: 'submit', from: 'draft', to: 'submitted', note: '확인 부탁드립니다', actor: expect.objectContaining({ id: 'u-reporter', role: 'reporter' }) }),
        expect.objectContaining({ revision: 2, action: 'start_review', from: 'submitted', to: 'in_review', actor: expect.objectContaining({ id: 'u-desk', name: '김데스크' }) }),
      ]);
      expect(Date.parse(items[1]!.at)).toBeGreaterThanOrEqual(Date.parse(items[0]!.at));
    });

    it('runs the per-brief review: return one brief, fix, resubmit, approve all, publish', async () => {
      const roundup = await create('reporter', 3);
      const [first, second, third] = (roundup.body.content ?? []).map((brief) => String(brief.attrs?.id));
      let current = await actOk('reporter', roundup, { action: 'submit' });
      current = await actOk('desk', current, { action: 'start_review' });
      current = await actOk('desk', current, { action: 'approve_brief', briefId: first! });
      current = await actOk('desk', current, { action: 'return_brief', briefId: second!, note: '날짜가 틀렸습니다' });
      expect(current.workflow.briefReviews[second!]).toMatchObject({ state: 'returned', note: '날짜가 틀렸습니다', stamp: { by: 'u-desk' } });

      // Not every brief approved: approving needs an override.
      const refused = await act('desk', current, { action: 'approve' });
      expect(refused.status).toBe(409);
      const { error } = apiErrorBodySchema.parse(await refused.json());
      expect(error.code).toBe('invalid_transition');
      expect(error.message).toMatch(/brief 2 \(returned\).*brief 3 \(pending\)/);

      current = await actOk('desk', current, { action: 'request_changes', note: '2번 소식을 고쳐 주세요' });
      expect(current.status).toBe('changes_requested');
      // The reporter fixes brief 2 and resubmits: it goes back to pending, brief 1 stays approved.
      const fixed = sampleBodies.valid('고친 본문', 3).content![1]!;
      const receipt = saveReceiptSchema.parse(
        await json(
          await session.clients.reporter.call(apiRoutes.roundup(roundup.id), {
            method: 'PATCH',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ baseVersion: current.version, briefOrder: [first, second, third], briefs: [{ ...fixed, attrs: { id: second } }] }),
          }),
        ),
      );
      expect(receipt.reopenedBriefIds).toBeUndefined();
      current = await actOk('reporter', current, { action: 'submit' });
      expect(current.workflow.briefReviews[first!]?.state).toBe('approved');
      expect(current.workflow.briefReviews[second!]?.state ?? 'pending').toBe('pending');

      current = await actOk('desk', current, { action: 'start_review' });
      for (const briefId of [second!, third!]) current = await actOk('desk', current, { action: 'approve_brief', briefId });
      current = await actOk('desk', current, { action: 'approve' });
      expect(current.workflow.approvalOverride).toBeNull();
      current = await actOk('desk', current, { action: 'publish' });
      expect(current).toMatchObject({ status: 'published', workflow: { publication: { by: 'u-desk' } } });
    });

    it('puts an approved brief back to pending when it is edited, and says so', async () => {
      const roundup = await create('reporter', 2);
      const [first, second] = (roundup.body.content ?? []).map((brief) => String(brief.attrs?.id));
      let current = await actOk('reporter', roundup, { action: 'submit' });
      current = await actOk('desk', current, { action: 'start_review' });
      current = await actOk('desk', current, { action: 'approve_brief', briefId: first! });
      // The desk edits the approved brief (reporters cannot edit while it is in review).
      const edited = { ...sampleBodies.valid('데스크가 고침', 2).content![0]!, attrs: { id: first } };
      const receipt = saveReceiptSchema.parse(
        await json(
          await session.clients.desk.call(apiRoutes.roundup(roundup.id), {
            method: 'PATCH',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ baseVersion: current.version, briefOrder: [first, second], briefs: [edited] }),
          }),
        ),
      );
      expect(receipt.reopenedBriefIds).toEqual([first]);
      const stored = roundupResponseSchema.parse(await json(await session.clients.desk.call(apiRoutes.roundup(roundup.id))));
      expect(stored.workflow.briefReviews[first!]).toEqual({ state: 'pending', reopenedByEdit: true });
      expect(stored.workflowRevision).toBe(current.workflowRevision + 1);
    });

    it('lets a review step and an autosave made at the same time both land', async () => {
      const roundup = await create('desk', 2);
      const [first, second] = (roundup.body.content ?? []).map((brief) => String(brief.attrs?.id));
      let current = await actOk('desk', roundup, { action: 'submit' });
      current = await actOk('desk', current, { action: 'start_review' });
      const edited = { ...sampleBodies.valid('동시에', 2).content![1]!, attrs: { id: second } };
      const [review, save] = await Promise.all([
        act('admin', current, { action: 'approve_brief', briefId: first! }),
        session.clients.desk.call(apiRoutes.roundup(roundup.id), {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ baseVersion: current.version, briefOrder: [first, second], briefs: [edited] }),
        }),
      ]);
      expect(review.status).toBe(200);
      expect(save.status).toBe(200);
      const stored = roundupResponseSchema.parse(await json(await session.clients.desk.call(apiRoutes.roundup(roundup.id))));
      expect(stored.version).toBe(current.version + 1);
      expect(stored.workflow.briefReviews[first!]?.state).toBe('approved');
      expect(stored.body.content?.[1]).toEqual(edited);
    });

    it('refuses bad requests with 400 and names the field', async () => {
      const roundup = await roundupIn('in_review');
      const noNote = await act('desk', roundup, { action: 'return_brief', briefId: 'b-sample-1', note: '   ' });
      expect(noNote.status).toBe(400);
      const unknownBrief = await act('desk', roundup, { action: 'approve_brief', briefId: 'b-nowhere' });
      expect(unknownBrief.status).toBe(400);
      expect(apiErrorBodySchema.parse(await unknownBrief.json()).error.details?.issues?.[0]?.path).toBe('briefId');
      const approved = await roundupIn('approved');
      const past = await act('desk', approved, { action: 'schedule', publishAt: '2020-01-01T00:00:00.000Z' });
      expect(past.status).toBe(400);
      const unknownAction = await session.clients.desk.call(apiRoutes.roundupActions(roundup.id), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'delete_everything' }),
      });
      expect(unknownAction.status).toBe(400);
    });

    it('lets reporters submit only their own roundups, and desks submit their own', async () => {
      const desks = await create('desk');
      expect((await act('reporter', desks, { action: 'submit' })).status).toBe(403);
      expect((await actOk('desk', desks, { action: 'submit' })).status).toBe('submitted');
    });

    it('gives the desk view: filters by status, region, reporter, desk and day, with counts per status', async () => {
      const token = `desk${Date.now().toString(36)}`;
      const make = async (role: UserRole, region: string) => {
        const response = await session.clients[role].call(apiRoutes.roundups, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ meta: { headline: `${token} ${region}`, region } }),
        });
        return roundupResponseSchema.parse(await json(response, 201));
      };
      const gwangju = await make('reporter', '광주');
      const jeonnam = await make('reporter', '전남');
      const desks = await make('desk', '광주');
      await actOk('desk', await actOk('reporter', gwangju, { action: 'submit' }), { action: 'start_review' });
      await actOk('reporter', jeonnam, { action: 'submit' });

      const list = async (filters: Record<string, string>) => {
        const query = new URLSearchParams({ q: token, ...filters }).toString();
        return listRoundupsResponseSchema.parse(await json(await session.clients.desk.call(`${apiRoutes.roundups}?${query}`)));
      };
      const everything = await list({});
      expect(everything.items.map((item) => item.id).sort()).toEqual([gwangju.id, jeonnam.id, desks.id].sort());
      expect(everything.counts).toMatchObject({ draft: 1, submitted: 1, in_review: 1, approved: 0 });
      const inReview = await list({ status: 'in_review' });
      expect(inReview.items.map((item) => item.id)).toEqual([gwangju.id]);
      expect(inReview.items[0]?.reviewerId).toBe('u-desk');
      expect(inReview.counts).toEqual(everything.counts);
      expect((await list({ region: '광주' })).items.map((item) => item.id).sort()).toEqual([gwangju.id, desks.id].sort());
      expect((await list({ region: '광주' })).counts).toMatchObject({ draft: 1, in_review: 1, submitted: 0 });
      expect((await list({ ownerId: 'u-desk' })).items.map((item) => item.id)).toEqual([desks.id]);
      expect((await list({ reviewerId: 'u-desk' })).items.map((item) => item.id)).toEqual([gwangju.id]);
      const today = new Date(Date.now() + 9 * 60 * 60 * 1000).toISOString().slice(0, 10);
      expect((await list({ from: today, to: today })).items).toHaveLength(3);
      expect((await list({ to: '2020-01-01' })).items).toEqual([]);
      const badDay = await session.clients.desk.call(`${apiRoutes.roundups}?from=yesterday`);
      expect(badDay.status).toBe(400);
      expect(apiErrorBodySchema.parse(await badDay.json()).error.details?.issues?.[0]?.path).toBe('from');
    });

    it('pages the desk view with a cursor: every match once, in order, counts over all pages', async () => {
      const token = `page${Date.now().toString(36)}`;
      const made: string[] = [];
      for (let index = 0; index < 5; index += 1) {
        const response = await session.clients.reporter.call(apiRoutes.roundups, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ meta: { headline: `${token} ${index}`, region: '광주' } }),
        });
        made.push(roundupResponseSchema.parse(await json(response, 201)).id);
      }
      const page = async (query: Record<string, string>) =>
        listRoundupsResponseSchema.parse(await json(await session.clients.desk.call(`${apiRoutes.roundups}?${new URLSearchParams({ q: token, ...query })}`)));
      const whole = await page({});
      expect(whole.items).toHaveLength(5);
      expect(whole.nextCursor).toBeNull();
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let round = 0; round < 5; round += 1) {
        const next = await page({ limit: '2', ...(cursor === null ? {} : { cursor }) });
        expect(next.counts).toEqual(whole.counts);
        expect(next.counts.draft).toBe(5);
        seen.push(...next.items.map((item) => item.id));
        cursor = next.nextCursor;
        if (cursor === null) break;
      }
      expect(seen).toEqual(whole.items.map((item) => item.id));
      expect([...seen].sort()).toEqual([...made].sort());
      const badCursor = await session.clients.desk.call(`${apiRoutes.roundups}?cursor=not-a-cursor`);
      expect(badCursor.status).toBe(400);
      expect(apiErrorBodySchema.parse(await badCursor.json()).error.details?.issues?.[0]?.path).toBe('cursor');
    });

    it('never deletes a published or once-published roundup (409), and logs every deletion it allows', async () => {
      const remove = (role: UserRole, roundup: Roundup) => session.clients[role].call(apiRoutes.roundup(roundup.id), { method: 'DELETE' });
      for (const status of ['published', 'withdrawn'] as const) {
        const kept = await roundupIn(status);
        for (const role of ['desk', 'admin'] as const) {
          const refused = await remove(role, kept);
          expect(refused.status).toBe(409);
          const { error } = apiErrorBodySchema.parse(await refused.json());
          expect(error.code).toBe('published_roundup_not_deletable');
          expect(error.message).toMatch(/withdraw|withdrawn/);
        }
        // Still there, with its history.
        const events = roundupEventsResponseSchema.parse(await json(await session.clients.desk.call(apiRoutes.roundupEvents(kept.id))));
        expect(events.items.map((event) => event.action)).toContain('publish');
      }

      const draft = await create();
      const before = Date.now();
      expect((await remove('desk', draft)).status).toBe(204);
      const log = deletionsResponseSchema.parse(await json(await session.clients.admin.call(apiRoutes.deletions)));
      const entry = log.items.find((item) => item.roundupId === draft.id);
      expect(entry).toMatchObject({ roundupId: draft.id, headline: '검토할 기사', status: 'draft', ownerId: 'u-reporter', deletedBy: { id: 'u-desk', role: 'desk' } });
      expect(Date.parse(entry?.deletedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
      expect(log.items[0]?.roundupId).toBe(draft.id);
      const forDesk = deletionsResponseSchema.parse(await json(await session.clients.desk.call(`${apiRoutes.deletions}?limit=1`)));
      expect(forDesk.items.map((item) => item.roundupId)).toEqual([draft.id]);
      for (const role of ['reporter', 'designer'] as const) {
        const refused = await session.clients[role].call(apiRoutes.deletions);
        expect(refused.status).toBe(403);
        expect(await errorCode(refused)).toBe('forbidden');
      }
    });

    it("lists the newsroom's people by name and role, without emails, to anyone signed in", async () => {
      const { items } = peopleResponseSchema.parse(await json(await session.clients.designer.call(apiRoutes.people)));
      expect(items).toEqual(expect.arrayContaining([{ id: 'u-desk', name: '김데스크', role: 'desk' }, { id: 'u-reporter', name: '신대희', role: 'reporter' }]));
      expect(JSON.stringify(items)).not.toContain('@');
    });

    it('notifies reporters and their desks of the review steps others take on their roundups', async () => {
      const roundup = await create('reporter', 2);
      let current = await actOk('reporter', roundup, { action: 'submit' });
      current = await actOk('desk', current, { action: 'start_review' });
      await actOk('desk', current, { action: 'return_brief', briefId: 'b-sample-2', note: '출처를 밝혀 주세요' });
      const reviewSteps = (response: unknown) =>
        notificationsResponseSchema
          .parse(response)
          .items.flatMap((item) => (item.kind === 'review' && item.roundupId === roundup.id ? [item] : []));
      const mine = reviewSteps(await json(await session.clients.reporter.call(apiRoutes.notifications)));
      expect(mine.map((item) => item.event.action)).toEqual(['return_brief', 'start_review']);
      expect(mine[0]).toMatchObject({ headline: '검토할 기사', event: { note: '출처를 밝혀 주세요', actor: { id: 'u-desk' } } });
      // The desk hears of what others do on the roundup it reviews (the reporter's submission too), not of its own steps.
      await actOk('admin', current, { action: 'request_changes', note: '급히 고쳐 주세요' });
      const forDesk = reviewSteps(await json(await session.clients.desk.call(apiRoutes.notifications)));
      expect(forDesk.map((item) => item.event.action)).toEqual(['request_changes', 'submit']);
      // Someone with no part in it hears nothing.
      expect(reviewSteps(await json(await session.clients.designer.call(apiRoutes.notifications)))).toEqual([]);
    });

    it('holds a scheduled roundup until its time, and shows the embargo on it', async () => {
      const scheduled = await roundupIn('scheduled');
      expect(Date.parse(scheduled.workflow.scheduledFor ?? '')).toBeGreaterThan(Date.now());
      const listed = listRoundupsResponseSchema.parse(await json(await session.clients.desk.call(`${apiRoutes.roundups}?status=scheduled`)));
      expect(listed.items.find((item) => item.id === scheduled.id)?.scheduledFor).toBe(scheduled.workflow.scheduledFor);
      const early = await act('desk', scheduled, { action: 'publish' });
      expect(early.status).toBe(409);
      expect(apiErrorBodySchema.parse(await early.json()).error.message).toMatch(/embargoed until/);
    });
  });
}

import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { apiErrorBodySchema } from '../../src/contract/api-error';
import { roundupResponseSchema, saveReceiptSchema } from '../../src/contract/roundup-endpoints';
import { revisionResponseSchema, revisionsResponseSchema } from '../../src/contract/revision-endpoints';
import { apiRoutes } from '../../src/contract/routes';
import type { UserRole } from '../../src/contract/user-endpoints';
import type { Roundup } from '../../src/schema/roundup';
import type { ContractBackend } from './roundup-api-contract';
import { sampleBrief } from './sample-bodies';
import { signedInBackend } from './signed-in-client';

function bodyOf(...briefs: [id: string, text: string][]): JSONContent {
  return { type: 'doc', content: briefs.map(([id, text]) => sampleBrief(id, `소식 ${id.slice(2)}`, text)) };
}

function paragraphText(roundup: { body: JSONContent }, briefId: string): string | undefined {
  const brief = roundup.body.content?.find((node) => node.attrs?.id === briefId);
  return brief?.content?.[1]?.content?.[0]?.text;
}

/** Revisions as every backend must keep them: one per saving change, listed, readable, restorable without loss. */
export function defineRevisionContract(backendName: string, setup: () => Promise<ContractBackend>): void {
  describe(`revision contract: ${backendName}`, () => {
    const session = signedInBackend(setup);

    function send(role: UserRole, method: string, path: string, body: unknown): Promise<Response> {
      return session.clients[role].call(path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    }

    async function json(response: Response, status = 200): Promise<unknown> {
      const body: unknown = await response.json();
      expect(response.status, JSON.stringify(body)).toBe(status);
      return body;
    }

    async function create(body: JSONContent): Promise<Roundup> {
      return roundupResponseSchema.parse(await json(await send('reporter', 'POST', apiRoutes.roundups, { meta: { headline: '수정 기록 시험' }, body }), 201));
    }

    async function saveWhole(roundup: Roundup, body: JSONContent, meta = roundup.meta): Promise<Roundup> {
      return roundupResponseSchema.parse(await json(await send('reporter', 'PUT', apiRoutes.roundup(roundup.id), { baseVersion: roundup.version, meta, body })));
    }

    async function revisions(roundupId: string, query = '') {
      return revisionsResponseSchema.parse(await json(await session.clients.desk.call(`${apiRoutes.roundupRevisions(roundupId)}${query}`)));
    }

    async function errorCode(response: Response, status: number): Promise<string> {
      expect(response.status).toBe(status);
      return apiErrorBodySchema.parse(await response.json()).error.code;
    }

    /** v1 created; v2 edits brief 2; v3 edits brief 1; v4 edits brief 2 again. */
    async function threeSaves(): Promise<Roundup[]> {
      const v1 = await create(bodyOf(['b-1', '첫 소식 원문'], ['b-2', '둘째 소식 원문']));
      const v2 = await saveWhole(v1, bodyOf(['b-1', '첫 소식 원문'], ['b-2', '둘째 소식 고친 글']));
      const receipt = saveReceiptSchema.parse(
        await json(await send('reporter', 'PATCH', apiRoutes.roundup(v1.id), { baseVersion: 2, briefOrder: ['b-1', 'b-2'], briefs: [sampleBrief('b-1', '소식 1', '첫 소식 새 글')] })),
      );
      expect(receipt.version).toBe(3);
      const v3 = roundupResponseSchema.parse(await json(await session.clients.reporter.call(apiRoutes.roundup(v1.id))));
      const v4 = await saveWhole(v3, bodyOf(['b-1', '첫 소식 새 글'], ['b-2', '둘째 소식 세 번째 글']));
      return [v1, v2, v3, v4];
    }

    it('records every saving change as a revision: author, time, changed briefs, newest first', async () => {
      const [v1, , , v4] = await threeSaves();
      const { items, nextBefore } = await revisions(v1!.id);
      expect(nextBefore).toBeNull();
      expect(items.map((item) => [item.version, item.kind])).toEqual([[4, 'saved'], [3, 'saved'], [2, 'saved'], [1, 'created']]);
      expect(items[0]).toMatchObject({ author: { id: 'u-reporter', name: '신대희' }, at: v4!.updatedAt, status: 'draft', metaChanged: false, reordered: false });
      expect(items[0]!.briefs).toEqual([{ briefId: 'b-2', heading: '소식 2', change: 'edited' }]);
      expect(items[1]!.briefs).toEqual([{ briefId: 'b-1', heading: '소식 1', change: 'edited' }]);
      expect(items[3]!.briefs.map((brief) => brief.change)).toEqual(['added', 'added']);
    });

    it('makes no revision for a save that changes nothing, nor for a review step', async () => {
      const v1 = await create(bodyOf(['b-1', '그대로']));
      await saveWhole(v1, v1.body);
      await json(await send('reporter', 'POST', apiRoutes.roundupActions(v1.id), { action: 'submit' }));
      expect((await revisions(v1.id)).items.map((item) => item.version)).toEqual([1]);
    });

    it('names metadata changes, additions, removals and reordering', async () => {
      const v1 = await create(bodyOf(['b-1', '하나'], ['b-2', '둘']));
      const v2 = await saveWhole(v1, bodyOf(['b-2', '둘'], ['b-1', '하나'], ['b-3', '셋']), { ...v1.meta, headline: '바뀐 제목' });
      await saveWhole(v2, bodyOf(['b-2', '둘']));
      const [third, second] = (await revisions(v1.id)).items;
      expect(second).toMatchObject({ metaChanged: true, reordered: true, briefs: [{ briefId: 'b-3', change: 'added' }] });
      expect(third).toMatchObject({ metaChanged: false, briefs: [{ briefId: 'b-1', change: 'removed' }, { briefId: 'b-3', change: 'removed' }] });
    });

    it('serves any revision whole, as it was saved', async () => {
      const [v1, v2] = await threeSaves();
      const revision = revisionResponseSchema.parse(await json(await session.clients.designer.call(apiRoutes.roundupRevision(v1!.id, 2))));
      expect(revision.body).toEqual(v2!.body);
      expect(revision.meta).toEqual(v2!.meta);
      expect(revision.revision.version).toBe(2);
      expect(await errorCode(await session.clients.desk.call(apiRoutes.roundupRevision(v1!.id, 99)), 404)).toBe('not_found');
    });

    it('restores brief text from three revisions ago as a new revision, losing nothing', async () => {
      const [v1, , , v4] = await threeSaves();
      const restored = roundupResponseSchema.parse(
        await json(await send('reporter', 'POST', apiRoutes.roundupRevisionRestore(v1!.id, 1), { baseVersion: 4, briefIds: ['b-2'] })),
      );
      expect(restored.version).toBe(5);
      expect(paragraphText(restored, 'b-2')).toBe('둘째 소식 원문');
      // The other brief keeps its later edit.
      expect(paragraphText(restored, 'b-1')).toBe('첫 소식 새 글');
      const { items } = await revisions(v1!.id);
      expect(items[0]).toMatchObject({ version: 5, kind: 'restored', restoredFrom: 1, briefs: [{ briefId: 'b-2', change: 'edited' }] });
      // Every later revision is still there, unchanged.
      expect(items.map((item) => item.version)).toEqual([5, 4, 3, 2, 1]);
      const fourth = revisionResponseSchema.parse(await json(await session.clients.desk.call(apiRoutes.roundupRevision(v1!.id, 4))));
      expect(fourth.body).toEqual(v4!.body);
    });

    it('restores a whole revision with its metadata, and a brief removed since where it stood', async () => {
      const v1 = await create(bodyOf(['b-1', '하나'], ['b-2', '둘'], ['b-3', '셋']));
      const v2 = await saveWhole(v1, bodyOf(['b-1', '하나'], ['b-3', '셋 고침']), { ...v1.meta, headline: '새 제목' });
      const brief = roundupResponseSchema.parse(await json(await send('reporter', 'POST', apiRoutes.roundupRevisionRestore(v1.id, 1), { baseVersion: v2.version, briefIds: ['b-2'] })));
      expect(brief.body.content?.map((node) => node.attrs?.id)).toEqual(['b-1', 'b-2', 'b-3']);
      expect(paragraphText(brief, 'b-3')).toBe('셋 고침');
      const whole = roundupResponseSchema.parse(await json(await send('reporter', 'POST', apiRoutes.roundupRevisionRestore(v1.id, 1), { baseVersion: brief.version })));
      expect(whole.body).toEqual(v1.body);
      expect(whole.meta.headline).toBe('수정 기록 시험');
      expect(whole.version).toBe(brief.version + 1);
    });

    it('refuses a stale base (409), a brief the revision lacks (400), and a role that may not edit (403)', async () => {
      const [v1] = await threeSaves();
      const stale = await send('reporter', 'POST', apiRoutes.roundupRevisionRestore(v1!.id, 1), { baseVersion: 3 });
      expect(await errorCode(stale, 409)).toBe('version_conflict');
      const missing = await send('reporter', 'POST', apiRoutes.roundupRevisionRestore(v1!.id, 1), { baseVersion: 4, briefIds: ['b-9'] });
      expect(missing.status).toBe(400);
      expect(apiErrorBodySchema.parse(await missing.json()).error).toMatchObject({ code: 'validation_failed', details: { issues: [{ path: 'briefIds[0]' }] } });
      expect(await errorCode(await send('designer', 'POST', apiRoutes.roundupRevisionRestore(v1!.id, 1), { baseVersion: 4 }), 403)).toBe('forbidden');
      expect(await errorCode(await send('reporter', 'POST', apiRoutes.roundupRevisionRestore(v1!.id, 99), { baseVersion: 4 }), 404)).toBe('not_found');
      expect(await errorCode(await send('reporter', 'POST', apiRoutes.roundupRevisionRestore(v1!.id, 1), { baseVersion: 'x' }), 400)).toBe('validation_failed');
    });

    it('pages long histories', async () => {
      const [v1] = await threeSaves();
      const first = await revisions(v1!.id, '?limit=3');
      expect(first.items.map((item) => item.version)).toEqual([4, 3, 2]);
      expect(first.nextBefore).toBe(2);
      const rest = await revisions(v1!.id, `?limit=3&before=${first.nextBefore}`);
      expect(rest).toEqual({ items: [expect.objectContaining({ version: 1 })], nextBefore: null });
    });
  });
}

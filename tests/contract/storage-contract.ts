import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeletionRecord } from '../../src/contract/deletion-endpoints';
import type { RoundupSummary } from '../../src/contract/roundup-endpoints';
import { roundupStatuses } from '../../src/schema/roundup-status';
import type { IdempotencyRecord } from '../../src/services/idempotency-record';
import { kstDayEnd, kstDayStart, listFilterOf } from '../../src/services/list-filters';
import type { RoundupListQuery, RoundupStorage } from '../../src/services/roundup-storage';
import { countListStatuses, selectListPage } from '../../src/services/select-list-page';
import type { StoredRoundup } from '../../src/services/stored-roundup';
import type { BriefContent, RevisionWrite } from '../../src/services/stored-revision';
import { sampleBodies } from './sample-bodies';
import { sampleBriefContent, sampleRevision, sampleRevisionWrite } from './sample-revision';
import { sampleStoredRoundup } from './sample-stored-roundup';

export interface OpenedStorage {
  roundups: RoundupStorage;
  close(): Promise<void>;
}

const roundup = sampleStoredRoundup;

/** The revision a write expects: document `version`, workflow untouched. */
function at(version: number, workflowRevision = 0) {
  return { version, workflowRevision };
}

function deletion(roundupId: string, deletedAt: string, headline = `헤드라인 ${roundupId}`): DeletionRecord {
  return {
    roundupId,
    headline,
    status: 'draft',
    ownerId: 'u-reporter',
    deletedAt,
    deletedBy: { id: 'u-desk', name: '김데스크', role: 'desk' },
  };
}

const ids = (summaries: readonly RoundupSummary[]) => summaries.map((summary) => summary.id);

/**
 * Roundups that put every filter of the dashboard on its edges: days of Korea time at their first and last
 * millisecond (written as UTC and with an offset), ties in time, regions with padding, reviewers, every status.
 */
function filterFixture(): StoredRoundup[] {
  const reviewer = (by: string) => ({ reviewer: { by, byName: by, at: '2026-03-01T00:00:00.000Z' } });
  const embargoed = { status: 'scheduled' as const, updatedAt: '2026-03-05T00:00:00.000Z', meta: {} };
  return [
    // 2026-03-01 23:59:59.999 in Korea, the last moment of that day.
    roundup('d-last', { updatedAt: '2026-03-01T14:59:59.999Z', meta: { headline: '광산구 100% 소식', region: '광주' } }),
    // 2026-03-02 00:00:00.000 in Korea, the first moment of the next, written with the offset.
    roundup('d-first', { updatedAt: '2026-03-02T00:00:00.000+09:00', status: 'submitted', meta: { headline: '북구_소식', region: ' 광주 ' } }),
    roundup('t-1', { updatedAt: '2026-03-02T03:00:00.000Z', status: 'in_review', workflow: reviewer('u-desk'), meta: { headline: 'Gwangsan 소식', region: '전남' } }),
    roundup('t-2', { updatedAt: '2026-03-02T12:00:00.000+09:00', status: 'in_review', workflow: reviewer('u-desk-2'), meta: { headline: 'a\\b 소식', region: '광주' } }),
    roundup('t-3', { updatedAt: '2026-03-02T03:00:00.000Z', status: 'approved', ownerId: 'u-other', workflow: reviewer('u-desk'), meta: { headline: 'ÄRZTE', region: '광주\u3000' } }),
    roundup('d-end', { updatedAt: '2026-03-02T14:59:59.999Z', status: 'published', meta: { headline: '광산구 행정', region: '전남' } }),
    roundup('d-next', { updatedAt: '2026-03-02T15:00:00.000Z', status: 'withdrawn', ownerId: 'u-other', meta: { headline: '광산 축제', region: '광주' } }),
    roundup('no-meta', { updatedAt: '2026-03-03T01:00:00.000Z', meta: {} }),
    // Embargoed: one due at the first moment of 2026-03-02 in Korea, one a millisecond later, one unreadable.
    roundup('s-due', { ...embargoed, workflow: { scheduledFor: '2026-03-02T00:00:00+09:00' } }),
    roundup('s-later', { ...embargoed, workflow: { scheduledFor: '2026-03-01T15:00:00.001Z' } }),
    roundup('s-odd', { ...embargoed, workflow: { scheduledFor: 'soon' } }),
  ];
}

function record(key: string, result: StoredRoundup): IdempotencyRecord {
  return { key, requestFingerprint: `fingerprint-${key}`, roundupId: result.id, result, createdAt: '2026-03-02T09:00:00.000Z' };
}

/**
 * What every roundup storage adapter must do, whatever it is built on: the memory reference, IndexedDB, SQLite and
 * PostgreSQL. The services rely on exactly these behaviours. Users and photos have contracts of their own
 * (`user-storage-contract.ts`, `photo-storage-contract.ts`).
 */
export function defineStorageContract(adapterName: string, open: () => Promise<OpenedStorage>): void {
  describe(`storage contract: ${adapterName}`, () => {
    let storage: OpenedStorage;

    beforeEach(async () => {
      storage = await open();
    });

    afterEach(async () => {
      await storage.close();
    });

    it('inserts, gets and refuses a second insert under the same id', async () => {
      const first = roundup('r-1');
      expect(await storage.roundups.insert(first)).toBe(true);
      expect(await storage.roundups.insert(roundup('r-1', { meta: { headline: 'other' } }))).toBe(false);
      expect(await storage.roundups.get('r-1')).toEqual(first);
      expect(await storage.roundups.get('r-2')).toBeNull();
    });

    it('hands out copies, never the stored value itself', async () => {
      await storage.roundups.insert(roundup('r-1'));
      const read = await storage.roundups.get('r-1');
      read!.meta.headline = 'changed by the caller';
      expect((await storage.roundups.get('r-1'))?.meta.headline).toBe('헤드라인 r-1');
    });

    it('updates only from the expected version, and stores the idempotency record in the same step', async () => {
      await storage.roundups.insert(roundup('r-1'));
      const next = roundup('r-1', { version: 2, meta: { headline: 'v2' } });
      expect(await storage.roundups.update(next, at(2), { idempotencyRecord: record('lost', next) })).toBe(false);
      expect(await storage.roundups.findIdempotencyRecord('lost')).toBeNull();
      expect(await storage.roundups.update(next, at(1), { idempotencyRecord: record('won', next) })).toBe(true);
      expect(await storage.roundups.get('r-1')).toEqual(next);
      expect(await storage.roundups.findIdempotencyRecord('won')).toEqual(record('won', next));
      expect(await storage.roundups.update(roundup('r-1', { version: 3 }), at(1))).toBe(false);
      expect(await storage.roundups.update(roundup('missing', { version: 2 }), at(1))).toBe(false);
      expect(await storage.roundups.get('missing')).toBeNull();
    });

    it('lets exactly one of many concurrent updates from the same version win', async () => {
      await storage.roundups.insert(roundup('r-1'));
      const attempts = Array.from({ length: 20 }, (_, index) => roundup('r-1', { version: 2, meta: { headline: `attempt ${index}` } }));
      const results = await Promise.all(attempts.map((attempt) => storage.roundups.update(attempt, at(1))));
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = attempts[results.indexOf(true)];
      expect(await storage.roundups.get('r-1')).toEqual(winner);
    });

    it('deletes, reporting whether there was anything to delete', async () => {
      await storage.roundups.insert(roundup('r-1'));
      expect(await storage.roundups.delete('r-1', at(1), deletion('r-1', '2026-03-02T10:00:00.000Z'))).toBe(true);
      expect(await storage.roundups.delete('r-1', at(1), deletion('r-1', '2026-03-02T10:01:00.000Z'))).toBe(false);
      expect(await storage.roundups.get('r-1')).toBeNull();
      expect(await storage.roundups.listDeletions(10)).toEqual([deletion('r-1', '2026-03-02T10:00:00.000Z')]);
    });

    it('deletes only from the expected revision: a roundup saved or reviewed meanwhile stays, and nothing is logged', async () => {
      await storage.roundups.insert(roundup('r-1'));
      await storage.roundups.update(roundup('r-1', { status: 'published', workflowRevision: 1 }), at(1));
      expect(await storage.roundups.delete('r-1', at(1), deletion('r-1', '2026-03-02T10:00:00.000Z'))).toBe(false);
      expect(await storage.roundups.delete('r-1', at(2, 1), deletion('r-1', '2026-03-02T10:00:00.000Z'))).toBe(false);
      expect(await storage.roundups.get('r-1')).not.toBeNull();
      expect(await storage.roundups.listDeletions(10)).toEqual([]);
    });

    it('keeps the deletion log after the rows are gone, newest first by instant, then by id, limited', async () => {
      for (const id of ['r-1', 'r-2', 'r-3']) await storage.roundups.insert(roundup(id));
      await storage.roundups.delete('r-2', at(1), deletion('r-2', '2026-03-02T19:00:00.000+09:00', '따옴표 "와" 100%'));
      await storage.roundups.delete('r-1', at(1), deletion('r-1', '2026-03-02T10:00:00.000Z'));
      await storage.roundups.delete('r-3', at(1), deletion('r-3', '2026-03-02T10:00:00.000Z'));
      // A roundup created again under a deleted id, and deleted again: both deletions stay.
      await storage.roundups.insert(roundup('r-1'));
      await storage.roundups.delete('r-1', at(1), deletion('r-1', '2026-03-02T09:00:00.000Z'));
      const log = await storage.roundups.listDeletions(10);
      expect(log.map((entry) => [entry.roundupId, Date.parse(entry.deletedAt)])).toEqual([
        ['r-1', Date.parse('2026-03-02T10:00:00.000Z')],
        ['r-2', Date.parse('2026-03-02T10:00:00.000Z')],
        ['r-3', Date.parse('2026-03-02T10:00:00.000Z')],
        ['r-1', Date.parse('2026-03-02T09:00:00.000Z')],
      ]);
      expect(log[1]).toMatchObject({ headline: '따옴표 "와" 100%', deletedBy: { id: 'u-desk', name: '김데스크', role: 'desk' } });
      expect(await storage.roundups.listDeletions(2)).toHaveLength(2);
    });

    it('filters by status, trimmed region, owner, reviewer and instants, exactly as the reference does', async () => {
      const fixture = filterFixture();
      for (const stored of fixture) await storage.roundups.insert(stored);
      const summaries = (await storage.roundups.list({})).slice();
      const queries: RoundupListQuery[] = [
        {},
        { region: '광주' },
        { region: '전남', status: 'published' },
        { ownerId: 'u-other' },
        { reviewerId: 'u-desk' },
        { reviewerId: 'u-desk', status: 'in_review' },
        { ...listFilterOf({ from: '2026-03-02', to: '2026-03-02' }) },
        { ...listFilterOf({ from: '2026-03-02' }), region: '광주' },
        { ...listFilterOf({ to: '2026-03-01' }) },
        { headline: '광산', ...listFilterOf({ from: '2026-03-02', to: '2026-03-02' }) },
        { headline: '%' },
        { headline: '_' },
        { headline: '\\' },
        { headline: '광산'.normalize('NFD'), region: '광주' },
        { status: 'draft', limit: 1 },
        { ids: ['t-1', 'd-last', 'unknown'] },
        { ids: [] },
        { ids: ['t-1', 't-3'], region: '광주' },
        { status: 'scheduled', scheduledBy: '2026-03-02T00:00:00.000Z' },
        { scheduledBy: '2026-03-03T00:00:00.000+09:00' },
      ];
      for (const query of queries) {
        expect({ query, ids: ids(await storage.roundups.list(query)) }).toEqual({ query, ids: ids(selectListPage(summaries, query)) });
        expect({ query, counts: await storage.roundups.countByStatus(query) }).toEqual({ query, counts: countListStatuses(summaries, query) });
      }
      // What the reference answers, spelled out, so that a wrong reference cannot pass either.
      expect(ids(await storage.roundups.list({ region: '광주' }))).toEqual(['d-next', 't-2', 't-3', 'd-first', 'd-last']);
      expect(ids(await storage.roundups.list(listFilterOf({ from: '2026-03-02', to: '2026-03-02' })))).toEqual(['d-end', 't-1', 't-2', 't-3', 'd-first']);
      expect(ids(await storage.roundups.list(listFilterOf({ to: '2026-03-01' })))).toEqual(['d-last']);
      expect(ids(await storage.roundups.list({ reviewerId: 'u-desk' }))).toEqual(['t-1', 't-3']);
      expect(ids(await storage.roundups.list({ headline: '100%' }))).toEqual(['d-last']);
      expect(ids(await storage.roundups.list({ headline: '_소' }))).toEqual(['d-first']);
      expect(ids(await storage.roundups.list({ headline: 'a\\b' }))).toEqual(['t-2']);
      expect(ids(await storage.roundups.list({ headline: 'ärzte', region: '광주' }))).toEqual(['t-3']);
      expect(ids(await storage.roundups.list({ ids: ['d-last', 't-1', 'unknown'] }))).toEqual(['t-1', 'd-last']);
      expect(ids(await storage.roundups.list({ status: 'scheduled', scheduledBy: '2026-03-01T15:00:00.000Z' }))).toEqual(['s-due']);
    });

    it('draws the day of Korea time at its first and last millisecond', async () => {
      for (const stored of filterFixture()) await storage.roundups.insert(stored);
      const on = (day: string) => storage.roundups.list({ updatedFrom: kstDayStart(day), updatedBefore: kstDayEnd(day) });
      expect(ids(await on('2026-03-01'))).toEqual(['d-last']);
      expect(ids(await on('2026-03-02'))).toEqual(['d-end', 't-1', 't-2', 't-3', 'd-first']);
      expect(ids(await on('2026-03-03'))).toEqual(['no-meta', 'd-next']);
      expect(kstDayStart('2026-03-02')).toBe('2026-03-01T15:00:00.000Z');
      expect(kstDayEnd('2026-03-02')).toBe('2026-03-02T15:00:00.000Z');
    });

    it('counts every status, zero included, over the filters but not the status', async () => {
      for (const stored of filterFixture()) await storage.roundups.insert(stored);
      const zero = Object.fromEntries(roundupStatuses.map((status) => [status, 0]));
      expect(await storage.roundups.countByStatus({ region: '광주' })).toEqual({ ...zero, draft: 1, submitted: 1, in_review: 1, approved: 1, withdrawn: 1 });
      expect(await storage.roundups.countByStatus({ region: '없는 곳' })).toEqual(zero);
      expect(await storage.roundups.countByStatus({})).toEqual({ ...zero, draft: 2, submitted: 1, in_review: 2, approved: 1, scheduled: 3, published: 1, withdrawn: 1 });
    });

    it('pages in list order after a position, ties in time included, with no summary twice or left out', async () => {
      // Five at one instant (two of them written with an offset), around others.
      const same = '2026-03-02T10:00:00.000Z';
      const stored = [
        roundup('m-3', { updatedAt: same }),
        roundup('m-1', { updatedAt: '2026-03-02T19:00:00.000+09:00' }),
        roundup('m-5', { updatedAt: same }),
        roundup('m-2', { updatedAt: same }),
        roundup('m-4', { updatedAt: '2026-03-02T19:00:00+09:00' }),
        roundup('n-1', { updatedAt: '2026-03-02T10:00:00.001Z' }),
        roundup('o-1', { updatedAt: '2026-03-02T09:59:59.999Z', status: 'submitted' }),
      ];
      for (const entry of stored) await storage.roundups.insert(entry);
      const all = ids(await storage.roundups.list({}));
      expect(all).toEqual(['n-1', 'm-1', 'm-2', 'm-3', 'm-4', 'm-5', 'o-1']);
      for (const limit of [1, 2, 3, 7, 8]) {
        const paged: string[] = [];
        let after: RoundupListQuery['after'];
        for (let page = 0; page < 10; page += 1) {
          const items = await storage.roundups.list({ limit, ...(after === undefined ? {} : { after }) });
          paged.push(...ids(items));
          const last = items.at(-1);
          if (items.length < limit || last === undefined) break;
          after = { updatedAt: last.updatedAt, id: last.id };
        }
        expect({ limit, paged }).toEqual({ limit, paged: all });
      }
      // A position written in another form of the same instant is the same position.
      expect(ids(await storage.roundups.list({ after: { updatedAt: '2026-03-02T19:00:00.000+09:00', id: 'm-2' }, limit: 2 }))).toEqual(['m-3', 'm-4']);
      expect(ids(await storage.roundups.list({ after: { updatedAt: same, id: 'm-5' } }))).toEqual(['o-1']);
      expect(ids(await storage.roundups.list({ after: { updatedAt: same, id: 'm-5' }, status: 'draft' }))).toEqual([]);
    });

    it('pages revisions newest first below a version', async () => {
      const a = sampleBriefContent('a');
      await storage.roundups.insert(roundup('r-1'), sampleRevisionWrite('r-1', 1, [a]));
      for (let version = 2; version <= 6; version += 1) await save('r-1', version, sampleRevisionWrite('r-1', version, [a]));
      const versions = async (page: { before?: number; limit?: number }) => (await storage.roundups.listRevisions('r-1', page)).map((revision) => revision.version);
      expect(await versions({})).toEqual([6, 5, 4, 3, 2, 1]);
      expect(await versions({ limit: 2 })).toEqual([6, 5]);
      expect(await versions({ before: 5, limit: 2 })).toEqual([4, 3]);
      expect(await versions({ before: 3 })).toEqual([2, 1]);
      expect(await versions({ before: 1 })).toEqual([]);
      expect(await storage.roundups.listRevisions('r-2', { limit: 1 })).toEqual([]);
    });

    it('lists summaries newest first, ties by id, with a literal case-insensitive headline search', async () => {
      const reviewer = { by: 'u-desk', byName: '김데스크', at: '2026-03-02T09:30:00.000Z' };
      await storage.roundups.insert(roundup('b', { meta: { headline: 'Gwangsan 소식' }, updatedAt: '2026-03-02T10:00:00.000Z', workflow: { reviewer } }));
      await storage.roundups.insert(roundup('a', { meta: { headline: '100% 참여' }, updatedAt: '2026-03-02T10:00:00.000Z' }));
      await storage.roundups.insert(roundup('c', { meta: { headline: '북구_소식' }, updatedAt: '2026-03-02T11:00:00+09:00' }));
      const all = await storage.roundups.list({});
      expect(all.map((summary) => summary.id)).toEqual(['a', 'b', 'c']);
      expect(all[1]).toEqual({
        id: 'b',
        ownerId: 'u-reporter',
        headline: 'Gwangsan 소식',
        kicker: '',
        region: '',
        status: 'draft',
        briefCount: 1,
        version: 1,
        updatedAt: '2026-03-02T10:00:00.000Z',
        reviewerId: 'u-desk',
        scheduledFor: null,
      });
      expect(all[0]?.reviewerId).toBeNull();
      expect((await storage.roundups.list({ headline: 'GWANGSAN' })).map((summary) => summary.id)).toEqual(['b']);
      expect((await storage.roundups.list({ headline: '%' })).map((summary) => summary.id)).toEqual(['a']);
      expect((await storage.roundups.list({ headline: '_' })).map((summary) => summary.id)).toEqual(['c']);
      expect((await storage.roundups.list({ headline: '' })).map((summary) => summary.id)).toHaveLength(3);
    });

    it('searches headlines case-insensitively in any script, after Unicode normalisation', async () => {
      await storage.roundups.insert(roundup('ko', { meta: { headline: '광산구 소식' } }));
      await storage.roundups.insert(roundup('de', { meta: { headline: 'ÄRZTE in Gwangju' } }));
      await storage.roundups.insert(roundup('none', { meta: { kicker: 'no headline' } }));
      const search = async (headline: string) => (await storage.roundups.list({ headline })).map((summary) => summary.id);
      expect(await search('산구')).toEqual(['ko']);
      // The same syllables typed as conjoining jamo (NFD) still match the NFC headline.
      expect(await search('광산구'.normalize('NFD'))).toEqual(['ko']);
      expect(await search('ärzte')).toEqual(['de']);
      expect(await search('  광산  ')).toEqual(['ko']);
      expect(await search('소식 광산')).toEqual([]);
    });

    it('lists and searches what the latest update stored', async () => {
      await storage.roundups.insert(roundup('r-1', { meta: { headline: '첫 제목' } }));
      const next = roundup('r-1', { version: 2, meta: { headline: '고친 제목' }, body: sampleBodies.valid('고친 본문', 3) });
      expect(await storage.roundups.update(next, at(1))).toBe(true);
      expect(await storage.roundups.list({ headline: '첫' })).toEqual([]);
      expect(await storage.roundups.list({ headline: '고친' })).toMatchObject([
        { id: 'r-1', headline: '고친 제목', briefCount: 3, version: 2 },
      ]);
    });

    it('stores the whole new body when told the version it replaces: briefs edited, moved, added and removed', async () => {
      const first = roundup('r-1', { body: sampleBodies.valid('본문', 4) });
      await storage.roundups.insert(first);
      const [a, b, c, d] = first.body.content!;
      const edited = sampleBodies.valid('고침', 4).content![2]!;
      const steps: StoredRoundup['body'][] = [
        { type: 'doc', content: [a!, b!, edited, d!] },
        { type: 'doc', content: [d!, a!, b!, edited] },
        { type: 'doc', content: [d!, a!] },
        { type: 'doc', content: [d!, a!, c!, b!, edited] },
      ];
      let previous = first;
      for (const body of steps) {
        const next = { ...previous, version: previous.version + 1, body };
        expect(await storage.roundups.update(next, at(previous.version), { previous })).toBe(true);
        expect(await storage.roundups.get('r-1')).toEqual(next);
        previous = next;
      }
      expect((await storage.roundups.list({}))[0]).toMatchObject({ id: 'r-1', briefCount: 5, version: 5 });
    });

    it('records review events with a write, lists them per roundup in order, and the latest across roundups', async () => {
      await storage.roundups.insert(roundup('r-1'));
      await storage.roundups.insert(roundup('r-2'));
      const event = (roundupId: string, revision: number, at: string) => ({
        roundupId,
        revision,
        at,
        actor: { id: 'u-desk', name: '김데스크', role: 'desk' as const },
        action: 'start_review' as const,
        from: 'submitted' as const,
        to: 'in_review' as const,
      });
      const first = event('r-1', 1, '2026-03-02T09:00:00.000Z');
      const second = event('r-2', 1, '2026-03-02T18:30:00+09:00');
      const third = event('r-1', 2, '2026-03-02T10:00:00.000Z');
      expect(await storage.roundups.update(roundup('r-1', { workflowRevision: 1 }), at(1), { events: [first] })).toBe(true);
      expect(await storage.roundups.update(roundup('r-2', { workflowRevision: 1 }), at(1), { events: [second] })).toBe(true);
      expect(await storage.roundups.update(roundup('r-1', { workflowRevision: 2 }), at(1, 1), { events: [third] })).toBe(true);
      // A write that loses its compare-and-set records nothing.
      expect(await storage.roundups.update(roundup('r-1', { workflowRevision: 3 }), at(1, 1), { events: [event('r-1', 3, '2026-03-03T00:00:00.000Z')] })).toBe(false);
      expect(await storage.roundups.listEvents('r-1')).toEqual([first, third]);
      expect(await storage.roundups.recentEvents(2)).toEqual([third, second]);
      expect(await storage.roundups.delete('r-1', at(1, 2), deletion('r-1', '2026-03-03T00:00:00.000Z'))).toBe(true);
      expect(await storage.roundups.listEvents('r-1')).toEqual([]);
      expect(await storage.roundups.recentEvents(5)).toEqual([second]);
    });

    /** Saves `version` of roundup `id` over the version before it, recording `revision`. */
    async function save(id: string, version: number, revision: RevisionWrite): Promise<void> {
      expect(await storage.roundups.update(roundup(id, { version }), at(version - 1), { revision })).toBe(true);
    }

    it('records the first revision with the insert, and nothing for an insert that loses', async () => {
      const [a, b] = [sampleBriefContent('a'), sampleBriefContent('b')];
      const first = sampleRevisionWrite('r-1', 1, [a, b]);
      expect(await storage.roundups.insert(roundup('r-1'), first)).toBe(true);
      expect(await storage.roundups.listRevisions('r-1')).toEqual([first.revision]);
      expect(await storage.roundups.getRevision('r-1', 1)).toEqual({ revision: first.revision, contents: [a, b] });

      const other = sampleBriefContent('other');
      expect(await storage.roundups.insert(roundup('r-1'), sampleRevisionWrite('r-1', 1, [other], { kind: 'restored' }))).toBe(false);
      expect(await storage.roundups.listRevisions('r-1')).toEqual([first.revision]);
      expect(await storage.roundups.getRevision('r-1', 1)).toEqual({ revision: first.revision, contents: [a, b] });

      expect(await storage.roundups.insert(roundup('r-2'))).toBe(true);
      expect(await storage.roundups.listRevisions('r-2')).toEqual([]);
    });

    it('records a revision with an update only when its compare-and-set wins', async () => {
      const [a, b, c] = [sampleBriefContent('a'), sampleBriefContent('b'), sampleBriefContent('c')];
      const first = sampleRevisionWrite('r-1', 1, [a]);
      await storage.roundups.insert(roundup('r-1'), first);
      const lost = sampleRevisionWrite('r-1', 2, [a, c]);
      expect(await storage.roundups.update(roundup('r-1', { version: 2 }), at(2), { revision: lost })).toBe(false);
      expect(await storage.roundups.listRevisions('r-1')).toEqual([first.revision]);
      expect(await storage.roundups.getRevision('r-1', 2)).toBeNull();

      // The losing write stored none of its contents either: a revision naming `c` without carrying it finds none.
      const second = { revision: sampleRevision('r-1', 2, [a, b, c]), contents: [b] };
      await save('r-1', 2, second);
      expect(await storage.roundups.getRevision('r-1', 2)).toEqual({ revision: second.revision, contents: [a, b] });
      expect(await storage.roundups.listRevisions('r-1')).toEqual([second.revision, first.revision]);

      // A write without a revision (a review step) records none.
      expect(await storage.roundups.update(roundup('r-1', { version: 2, workflowRevision: 1 }), at(2))).toBe(true);
      expect(await storage.roundups.listRevisions('r-1')).toHaveLength(2);
    });

    it('stores a brief content once per roundup and hash: the first stored stays', async () => {
      const a = sampleBriefContent('a');
      const impostor = { hash: a.hash, json: JSON.stringify({ type: 'brief', attrs: { id: 'b-impostor' } }) };
      await storage.roundups.insert(roundup('r-1'), sampleRevisionWrite('r-1', 1, [a]));
      await save('r-1', 2, { revision: sampleRevision('r-1', 2, [a]), contents: [impostor] });
      expect((await storage.roundups.getRevision('r-1', 2))?.contents).toEqual([a]);
      expect((await storage.roundups.getRevision('r-1', 1))?.contents).toEqual([a]);

      // Within one write too, the first of two contents under one hash is the one kept.
      const b = sampleBriefContent('b');
      await save('r-1', 3, { revision: sampleRevision('r-1', 3, [b]), contents: [b, { hash: b.hash, json: impostor.json }] });
      expect((await storage.roundups.getRevision('r-1', 3))?.contents).toEqual([b]);

      // Another roundup keeps contents of its own, even under the same hash.
      await storage.roundups.insert(roundup('r-2'), { revision: sampleRevision('r-2', 1, [a]), contents: [impostor] });
      expect((await storage.roundups.getRevision('r-2', 1))?.contents).toEqual([impostor]);
    });

    it('lists revisions newest first, and hands out copies', async () => {
      const a = sampleBriefContent('a');
      const writes = [1, 2, 3].map((version) => sampleRevisionWrite('r-1', version, [a]));
      await storage.roundups.insert(roundup('r-1'), writes[0]);
      await save('r-1', 2, writes[1]!);
      await save('r-1', 3, writes[2]!);
      const newestFirst = [writes[2]!.revision, writes[1]!.revision, writes[0]!.revision];
      const listed = await storage.roundups.listRevisions('r-1');
      expect(listed).toEqual(newestFirst);
      listed[0]!.briefRefs[0]!.hash = 'changed by the caller';
      const read = await storage.roundups.getRevision('r-1', 3);
      read!.revision.meta.headline = 'changed by the caller';
      read!.contents[0]!.json = 'changed by the caller';
      expect(await storage.roundups.listRevisions('r-1')).toEqual(newestFirst);
      expect(await storage.roundups.getRevision('r-1', 3)).toEqual({ revision: writes[2]!.revision, contents: [a] });
      expect(await storage.roundups.listRevisions('unknown')).toEqual([]);
    });

    it('gets a revision with exactly the contents its briefs reference, each once, or null', async () => {
      const [a, b, c] = [sampleBriefContent('a'), sampleBriefContent('b'), sampleBriefContent('c')];
      await storage.roundups.insert(roundup('r-1'), sampleRevisionWrite('r-1', 1, [c]));
      const second = { revision: sampleRevision('r-1', 2, [b, a, b]), contents: [a, b] };
      await save('r-1', 2, second);
      expect(await storage.roundups.getRevision('r-1', 2)).toEqual({ revision: second.revision, contents: [b, a] });
      expect(await storage.roundups.getRevision('r-1', 3)).toBeNull();
      expect(await storage.roundups.getRevision('unknown', 1)).toBeNull();
    });

    it('prunes revisions, and with them every content no remaining revision references', async () => {
      const [a, b, c, d] = [sampleBriefContent('a'), sampleBriefContent('b'), sampleBriefContent('c'), sampleBriefContent('d')];
      await storage.roundups.insert(roundup('r-1'), sampleRevisionWrite('r-1', 1, [a, b]));
      const second = sampleRevisionWrite('r-1', 2, [a, c]);
      await save('r-1', 2, second);
      await save('r-1', 3, sampleRevisionWrite('r-1', 3, [d]));
      await storage.roundups.insert(roundup('r-2'), sampleRevisionWrite('r-2', 1, [b]));

      expect(await storage.roundups.deleteRevisions('r-1', [1, 3, 99])).toBe(2);
      expect(await storage.roundups.listRevisions('r-1')).toEqual([second.revision]);
      expect(await storage.roundups.getRevision('r-1', 1)).toBeNull();
      expect(await storage.roundups.getRevision('r-1', 2)).toEqual({ revision: second.revision, contents: [a, c] });

      // `b` and `d` went, so new contents under their hashes are stored; `a` is still referenced, so it stays.
      const replaced = (content: BriefContent): BriefContent => ({
        hash: content.hash,
        json: JSON.stringify({ type: 'brief', attrs: { id: `b-new-${content.hash}` } }),
      });
      const fourth = sampleRevision('r-1', 4, [a, b, d]);
      await save('r-1', 4, { revision: fourth, contents: [replaced(a), replaced(b), replaced(d)] });
      expect(await storage.roundups.getRevision('r-1', 4)).toEqual({ revision: fourth, contents: [a, replaced(b), replaced(d)] });
      // Another roundup's contents are its own.
      expect((await storage.roundups.getRevision('r-2', 1))?.contents).toEqual([b]);

      expect(await storage.roundups.deleteRevisions('r-1', [])).toBe(0);
      expect(await storage.roundups.deleteRevisions('unknown', [1])).toBe(0);
      expect(await storage.roundups.listRevisions('r-1')).toHaveLength(2);
    });

    it('deletes the revisions and their contents with the roundup', async () => {
      const a = sampleBriefContent('a');
      await storage.roundups.insert(roundup('r-1'), sampleRevisionWrite('r-1', 1, [a]));
      await save('r-1', 2, sampleRevisionWrite('r-1', 2, [a]));
      expect(await storage.roundups.delete('r-1', at(2), deletion('r-1', '2026-03-02T10:00:00.000Z'))).toBe(true);
      expect(await storage.roundups.listRevisions('r-1')).toEqual([]);
      expect(await storage.roundups.getRevision('r-1', 1)).toBeNull();

      // A roundup created again under the same id finds none of the old contents.
      const revision = sampleRevision('r-1', 1, [a]);
      await storage.roundups.insert(roundup('r-1'), { revision, contents: [] });
      expect(await storage.roundups.getRevision('r-1', 1)).toEqual({ revision, contents: [] });
    });

    it('saves and replaces idempotency records by key', async () => {
      const first = record('k', roundup('r-1'));
      await storage.roundups.saveIdempotencyRecord(first);
      expect(await storage.roundups.findIdempotencyRecord('k')).toEqual(first);
      const second = { ...first, requestFingerprint: 'other' };
      await storage.roundups.saveIdempotencyRecord(second);
      expect(await storage.roundups.findIdempotencyRecord('k')).toEqual(second);
      expect(await storage.roundups.findIdempotencyRecord('unknown')).toBeNull();
    });

    it('forgets idempotency records created before a cutoff, comparing instants', async () => {
      const base = record('k', roundup('r-1'));
      await storage.roundups.saveIdempotencyRecord({ ...base, key: 'old', createdAt: '2026-01-01T08:59:59.000+09:00' });
      await storage.roundups.saveIdempotencyRecord({ ...base, key: 'edge', createdAt: '2026-01-01T00:00:00.000Z' });
      await storage.roundups.saveIdempotencyRecord({ ...base, key: 'new', createdAt: '2026-01-01T09:30:00.000+09:00' });
      expect(await storage.roundups.deleteIdempotencyRecordsBefore('2026-01-01T00:00:00.000Z')).toBe(1);
      expect(await storage.roundups.findIdempotencyRecord('old')).toBeNull();
      expect(await storage.roundups.findIdempotencyRecord('edge')).not.toBeNull();
      expect(await storage.roundups.findIdempotencyRecord('new')).not.toBeNull();
    });
  });
}

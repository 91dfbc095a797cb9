import type { JSONContent } from '@tiptap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBodySchema, type ApiErrorBody } from '../../src/contract/api-error';
import { apiErrorStatus, type ApiErrorCode } from '../../src/contract/error-codes';
import { maxPhotoBytes, photoSchema, type Photo } from '../../src/contract/photo-endpoints';
import {
  listRoundupsResponseSchema,
  maxBodyBytes,
  maxJsonRequestBytes,
  roundupResponseSchema,
  saveReceiptSchema,
  type SaveReceipt,
  type SaveRoundupChangesRequest,
  type SaveRoundupRequest,
} from '../../src/contract/roundup-endpoints';
import { apiRoutes, idempotencyKeyHeader } from '../../src/contract/routes';
import type { RoundupMetadata } from '../../src/schema/roundup-metadata';
import { currentSchemaVersion, type Roundup } from '../../src/schema/roundup';
import { inspectImage } from '../../src/services/image-format/inspect-image';
import { imageFixtures } from './image-fixtures';
import { sampleBodies } from './sample-bodies';
import { signInAs, type Client } from './signed-in-client';

export interface ContractBackend {
  /** Origin of the API, e.g. `http://localhost` for the mock or `http://127.0.0.1:8787` for a server. */
  baseUrl: string;
  fetch: typeof fetch;
  teardown(): Promise<void>;
}

let runCounter = 0;

/**
 * The one description of the HTTP API that every backend must pass: the MSW mock over IndexedDB now, the Hono
 * server over SQLite and PostgreSQL next. It talks HTTP only and parses every answer with the contract's schemas.
 * Tests share one backend and never assume an empty database: each makes its own roundups and searches for a
 * headline token of its own.
 */
export function defineRoundupApiContract(backendName: string, setup: () => Promise<ContractBackend>): void {
  describe(`roundup API contract: ${backendName}`, () => {
    let backend: ContractBackend;
    let reporter: Client;

    beforeAll(async () => {
      backend = await setup();
      reporter = await signInAs(backend, 'reporter@bureau.test');
    });

    afterAll(async () => {
      await backend.teardown();
    });

    function uniqueToken(): string {
      runCounter += 1;
      return `zq${Date.now().toString(36)}${runCounter}`;
    }

    function call(path: string, init: RequestInit = {}): Promise<Response> {
      return reporter.call(path, init);
    }

    function sendJson(method: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
      return call(path, {
        method,
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    }

    async function roundupFrom(response: Response, status = 200): Promise<Roundup> {
      expect(response.status, await describeFailure(response, status)).toBe(status);
      return roundupResponseSchema.parse(await response.json());
    }

    async function describeFailure(response: Response, expected: number): Promise<string> {
      if (response.status === expected) return '';
      return `expected ${expected}, got ${response.status}: ${await response.clone().text()}`;
    }

    async function errorFrom(response: Response, code: ApiErrorCode): Promise<ApiErrorBody['error']> {
      expect(response.status, await describeFailure(response, apiErrorStatus[code])).toBe(apiErrorStatus[code]);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      const { error } = apiErrorBodySchema.parse(await response.json());
      expect(error.code).toBe(code);
      expect(error.message.length).toBeGreaterThan(0);
      return error;
    }

    async function createRoundup(meta: Partial<RoundupMetadata> = {}, body?: JSONContent): Promise<Roundup> {
      return roundupFrom(await sendJson('POST', apiRoutes.roundups, body === undefined ? { meta } : { meta, body }), 201);
    }

    async function getRoundup(id: string): Promise<Roundup> {
      return roundupFrom(await call(apiRoutes.roundup(id)));
    }

    function save(roundup: Roundup, changes: Partial<SaveRoundupRequest> = {}, headers: Record<string, string> = {}): Promise<Response> {
      const request: SaveRoundupRequest = { baseVersion: roundup.version, meta: roundup.meta, body: roundup.body, ...changes };
      return sendJson('PUT', apiRoutes.roundup(roundup.id), request, headers);
    }

    function briefIds(body: JSONContent): string[] {
      return (body.content ?? []).map((brief) => String(brief.attrs?.id));
    }

    /** A partial save on `roundup`'s version: by default the same order and nothing sent. */
    function saveChanges(
      roundup: Roundup,
      changes: Partial<SaveRoundupChangesRequest> = {},
      headers: Record<string, string> = {},
    ): Promise<Response> {
      const request: SaveRoundupChangesRequest = { baseVersion: roundup.version, briefOrder: briefIds(roundup.body), briefs: [], ...changes };
      return sendJson('PATCH', apiRoutes.roundup(roundup.id), request, headers);
    }

    async function receiptFrom(response: Response): Promise<SaveReceipt> {
      expect(response.status, await describeFailure(response, 200)).toBe(200);
      return saveReceiptSchema.parse(await response.json());
    }

    function editedBrief(body: JSONContent, index: number, text: string): JSONContent {
      const brief = body.content?.[index];
      if (brief === undefined) throw new Error(`no brief ${index}`);
      return { ...brief, content: [brief.content![0]!, { type: 'paragraph', content: [{ type: 'text', text }] }] };
    }

    function upload(bytes: Uint8Array<ArrayBuffer>, type: string, name = 'upload'): Promise<Response> {
      const form = new FormData();
      form.append('file', new Blob([bytes], { type }), name);
      return call(apiRoutes.photos, { method: 'POST', body: form });
    }

    async function photoFrom(response: Response): Promise<Photo> {
      expect(response.status, await describeFailure(response, 201)).toBe(201);
      return photoSchema.parse(await response.json());
    }

    describe('POST /api/roundups', () => {
      it('creates a draft at version 1 with default metadata and one empty brief', async () => {
        const response = await sendJson('POST', apiRoutes.roundups, {});
        const created = await roundupFrom(response, 201);
        expect(response.headers.get('location')).toBe(apiRoutes.roundup(created.id));
        expect(created).toMatchObject({ status: 'draft', version: 1, schemaVersion: currentSchemaVersion });
        expect(created.meta).toMatchObject({ outlet: '뉴시스', houseStyle: 'newsis', headline: '', reporters: [] });
        expect(created.body.content).toHaveLength(1);
        expect(created.body.content?.[0]).toMatchObject({ type: 'brief', attrs: { id: expect.any(String) } });
        expect(created.createdAt).toBe(created.updatedAt);
      });

      it('takes metadata and a body, and stores the body in canonical form', async () => {
        const created = await createRoundup({ headline: '  광산구 소식  ', kicker: '광주소식' }, sampleBodies.nonCanonical());
        expect(created.meta).toMatchObject({ headline: '광산구 소식', kicker: '광주소식' });
        const paragraphs = created.body.content?.[0]?.content ?? [];
        expect(paragraphs[2]).toEqual({ type: 'paragraph' });
        expect(paragraphs[1]?.content?.[0]?.marks?.[0]?.attrs).toEqual({ href: 'https://example.com/a' });
        expect(await getRoundup(created.id)).toEqual(created);
      });

      it('answers 400 validation_failed with field paths for bad metadata, unknown fields and bad JSON', async () => {
        const badMeta = await errorFrom(await sendJson('POST', apiRoutes.roundups, { meta: { houseStyle: 'tabloid' } }), 'validation_failed');
        expect(badMeta.details?.issues?.map((issue) => issue.path)).toEqual(['meta.houseStyle']);
        const unknown = await errorFrom(await sendJson('POST', apiRoutes.roundups, { status: 'published' }), 'validation_failed');
        expect(unknown.details?.issues?.map((issue) => issue.path)).toEqual(['status']);
        const response = await call(apiRoutes.roundups, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"meta":' });
        await errorFrom(response, 'validation_failed');
      });

      it('words the problems zod finds in English', async () => {
        const error = await errorFrom(await sendJson('POST', apiRoutes.roundups, { meta: { headline: 5 } }), 'validation_failed');
        expect(error.details?.issues).toEqual([{ path: 'meta.headline', message: 'Invalid input: expected string, received number' }]);
      });

      it('answers 400 invalid_body for a body the schema refuses', async () => {
        const error = await errorFrom(await sendJson('POST', apiRoutes.roundups, { body: sampleBodies.unknownNode() }), 'invalid_body');
        expect(error.details?.issues?.[0]?.path).toBe('content[0].content[1]');
      });
    });

    describe('GET /api/roundups', () => {
      it('lists summaries newest first and searches headlines case-insensitively', async () => {
        const token = uniqueToken();
        const older = await createRoundup({ headline: `${token} Gwangsan 복지`, kicker: '광주소식', region: '광주' });
        const newer = await createRoundup({ headline: `북부소방서 ${token.toUpperCase()}` }, sampleBodies.valid('x', 2));
        await createRoundup({ headline: `unrelated ${uniqueToken()}` });
        // Give the newer roundup a later updatedAt even on a backend whose clock is coarse.
        const touched = await roundupFrom(await save(newer, { meta: { ...newer.meta, region: '광주' } }));

        const response = await call(`${apiRoutes.roundups}?q=${encodeURIComponent(token)}`);
        expect(response.status).toBe(200);
        const { items } = listRoundupsResponseSchema.parse(await response.json());
        expect(items.map((item) => item.id)).toEqual([newer.id, older.id]);
        expect(items[0]).toEqual({
          id: newer.id,
          headline: touched.meta.headline,
          kicker: '',
          region: '광주',
          status: 'draft',
          briefCount: 2,
          ownerId: reporter.user?.id,
          version: 2,
          updatedAt: touched.updatedAt,
          reviewerId: null,
          scheduledFor: null,
        });

        const gwangsan = listRoundupsResponseSchema.parse(await (await call(`${apiRoutes.roundups}?q=${token}%20gwANGSAN`)).json());
        expect(gwangsan.items.map((item) => item.id)).toEqual([older.id]);
        const everything = listRoundupsResponseSchema.parse(await (await call(apiRoutes.roundups)).json());
        expect(everything.items.map((item) => item.id)).toEqual(expect.arrayContaining([older.id, newer.id]));
      });

      it('treats % and _ in the search as ordinary characters', async () => {
        const token = uniqueToken();
        const percent = await createRoundup({ headline: `${token} 100% 참여` });
        await createRoundup({ headline: `${token} 1000 참여` });
        const { items } = listRoundupsResponseSchema.parse(await (await call(`${apiRoutes.roundups}?q=${encodeURIComponent(`${token} 100%`)}`)).json());
        expect(items.map((item) => item.id)).toEqual([percent.id]);
        const underscore = listRoundupsResponseSchema.parse(await (await call(`${apiRoutes.roundups}?q=${encodeURIComponent(`${token}_`)}`)).json());
        expect(underscore.items).toEqual([]);
      });

      it('answers 400 validation_failed for an overlong search', async () => {
        const error = await errorFrom(await call(`${apiRoutes.roundups}?q=${'x'.repeat(201)}`), 'validation_failed');
        expect(error.details?.issues?.[0]?.path).toBe('q');
      });
    });

    describe('GET /api/roundups/:id', () => {
      it('returns the roundup', async () => {
        const created = await createRoundup({ headline: '읽기' });
        expect(await getRoundup(created.id)).toEqual(created);
      });

      it('answers 404 not_found for an unknown id and 400 for a malformed one', async () => {
        await errorFrom(await call(apiRoutes.roundup('does-not-exist')), 'not_found');
        const malformed = await errorFrom(await call(apiRoutes.roundup('no spaces allowed')), 'validation_failed');
        expect(malformed.details?.issues?.[0]?.path).toBe('id');
      });
    });

    describe('PUT /api/roundups/:id', () => {
      it('saves a new version and returns it', async () => {
        const created = await createRoundup();
        const saved = await roundupFrom(await save(created, { meta: { ...created.meta, headline: '저장' }, body: sampleBodies.valid('저장', 2) }));
        expect(saved).toMatchObject({ id: created.id, version: 2, createdAt: created.createdAt, meta: { headline: '저장' } });
        expect(Date.parse(saved.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));
        expect(saved.body).toEqual(sampleBodies.valid('저장', 2));
        expect(await getRoundup(created.id)).toEqual(saved);
      });

      it('answers 409 version_conflict with the current roundup when the base version is stale', async () => {
        const created = await createRoundup();
        const saved = await roundupFrom(await save(created, { body: sampleBodies.valid('first') }));
        const error = await errorFrom(await save(created, { body: sampleBodies.valid('second') }), 'version_conflict');
        expect(error.details?.current).toEqual(saved);
        expect(await getRoundup(created.id)).toEqual(saved);
      });

      it('lets exactly one of two concurrent saves from the same version win; the other gets the winner', async () => {
        const created = await createRoundup();
        const responses = await Promise.all([
          save(created, { body: sampleBodies.valid('A') }),
          save(created, { body: sampleBodies.valid('B') }),
        ]);
        expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
        const winner = await roundupFrom(responses.find((response) => response.status === 200)!);
        const loser = await errorFrom(responses.find((response) => response.status === 409)!, 'version_conflict');
        expect(winner.version).toBe(2);
        expect(loser.details?.current).toEqual(winner);
        expect(await getRoundup(created.id)).toEqual(winner);
      });

      it.each([
        ['an unknown node', () => sampleBodies.unknownNode(), 'content[0].content[1]'],
        ['wrong nesting', () => sampleBodies.wrongNesting(), 'content[1]'],
        ['a javascript: link', () => sampleBodies.javascriptLink(), 'content[0].content[1].content[0].marks[0].attrs.href'],
      ])('answers 400 invalid_body naming the path for %s, and stores nothing', async (_name, body, path) => {
        const created = await createRoundup();
        const error = await errorFrom(await save(created, { body: body() }), 'invalid_body');
        expect(error.details?.issues).toEqual([expect.objectContaining({ path, location: expect.any(String), message: expect.any(String) })]);
        expect(await getRoundup(created.id)).toEqual(created);
      });

      it('answers 400 validation_failed for bad metadata or a missing base version, and stores nothing', async () => {
        const created = await createRoundup();
        const badEmail = await errorFrom(
          await save(created, { meta: { ...created.meta, reporters: [{ name: '신대희', email: 'not-an-address' }] } }),
          'validation_failed',
        );
        expect(badEmail.details?.issues?.map((issue) => issue.path)).toEqual(['meta.reporters[0].email']);
        const noBase = await errorFrom(
          await sendJson('PUT', apiRoutes.roundup(created.id), { meta: created.meta, body: created.body }),
          'validation_failed',
        );
        expect(noBase.details?.issues?.map((issue) => issue.path)).toEqual(['baseVersion']);
        expect(await getRoundup(created.id)).toEqual(created);
      });

      it('answers 413 payload_too_large for a body over the limit, and stores nothing', async () => {
        const created = await createRoundup();
        const error = await errorFrom(await save(created, { body: sampleBodies.ofSize(maxBodyBytes + 10_000) }), 'payload_too_large');
        expect(error.details?.limitBytes).toBe(maxBodyBytes);
        expect(await getRoundup(created.id)).toEqual(created);
      });

      it('answers 404 not_found for a roundup that does not exist', async () => {
        const created = await createRoundup();
        await errorFrom(await save({ ...created, id: 'does-not-exist' }), 'not_found');
      });

      it('returns the current roundup without a new version when nothing changed', async () => {
        const created = await createRoundup({ headline: '그대로' }, sampleBodies.valid());
        const again = await roundupFrom(await save(created, { body: sampleBodies.valid(), meta: { ...created.meta, headline: ' 그대로 ' } }));
        expect(again).toEqual(created);
      });

      it('replays a retried save with the same Idempotency-Key instead of applying it twice', async () => {
        const created = await createRoundup();
        const key = `retry-${uniqueToken()}`;
        const first = await roundupFrom(await save(created, { body: sampleBodies.valid('A') }, { [idempotencyKeyHeader]: key }));
        const retry = await roundupFrom(await save(created, { body: sampleBodies.valid('A') }, { [idempotencyKeyHeader]: key }));
        expect(retry).toEqual(first);
        expect((await getRoundup(created.id)).version).toBe(2);

        const concurrentKey = `retry-${uniqueToken()}`;
        const [one, two] = await Promise.all([
          save(first, { body: sampleBodies.valid('B') }, { [idempotencyKeyHeader]: concurrentKey }),
          save(first, { body: sampleBodies.valid('B') }, { [idempotencyKeyHeader]: concurrentKey }),
        ]);
        expect(await roundupFrom(one)).toEqual(await roundupFrom(two));
        expect((await getRoundup(created.id)).version).toBe(3);
      });

      it('answers 400 validation_failed on Idempotency-Key when a key is reused for a different save', async () => {
        const created = await createRoundup();
        const key = `reuse-${uniqueToken()}`;
        await roundupFrom(await save(created, { body: sampleBodies.valid('A') }, { [idempotencyKeyHeader]: key }));
        const error = await errorFrom(await save(created, { body: sampleBodies.valid('B') }, { [idempotencyKeyHeader]: key }), 'validation_failed');
        expect(error.details?.issues?.map((issue) => issue.path)).toEqual([idempotencyKeyHeader]);
      });
    });

    describe('PATCH /api/roundups/:id (partial save)', () => {
      it('replaces the briefs sent, keeps the others, follows the new order and answers with a receipt', async () => {
        const created = await createRoundup({ headline: '부분' }, sampleBodies.valid('원래', 3));
        const [first, second, third] = created.body.content!;
        const added: JSONContent = { type: 'brief', attrs: { id: 'b-added' }, content: [{ type: 'briefHeading', content: [{ type: 'text', text: '새 소식' }] }, { type: 'paragraph' }] };
        const receipt = await receiptFrom(
          await saveChanges(created, {
            briefOrder: ['b-added', 'b-sample-3', 'b-sample-1'],
            briefs: [editedBrief(created.body, 2, '고친 셋째'), added],
          }),
        );
        expect(receipt.id).toBe(created.id);
        expect(receipt.version).toBe(2);
        const stored = await getRoundup(created.id);
        expect(stored).toMatchObject({ version: 2, updatedAt: receipt.updatedAt, meta: created.meta });
        expect(stored.body.content).toEqual([added, editedBrief(created.body, 2, '고친 셋째'), first]);
        expect(stored.body.content).not.toContainEqual(second);
        expect(third).not.toEqual(stored.body.content?.[1]);

        const withMeta = await receiptFrom(await saveChanges(stored, { meta: { ...stored.meta, headline: '제목만' } }));
        expect(withMeta.version).toBe(3);
        expect(await getRoundup(created.id)).toMatchObject({ meta: { headline: '제목만' }, body: stored.body });
      });

      it('stores a sent brief in canonical form', async () => {
        const created = await createRoundup({}, sampleBodies.valid('원래', 1));
        const brief = sampleBodies.nonCanonical().content![0]!;
        await receiptFrom(await saveChanges(created, { briefs: [brief] }));
        const stored = await getRoundup(created.id);
        expect(stored.body.content?.[0]?.content?.[2]).toEqual({ type: 'paragraph' });
        expect(stored.body.content?.[0]?.content?.[1]?.content?.[0]?.marks?.[0]?.attrs).toEqual({ href: 'https://example.com/a' });
      });

      it('answers with the same version, and stores nothing, when nothing changed', async () => {
        const created = await createRoundup({}, sampleBodies.valid('그대로', 2));
        const receipt = await receiptFrom(await saveChanges(created, { briefs: [created.body.content![1]!], meta: created.meta }));
        expect(receipt).toEqual({ id: created.id, version: created.version, updatedAt: created.updatedAt });
        expect(await getRoundup(created.id)).toEqual(created);
      });

      it('answers 409 version_conflict with the current roundup when the base version is stale', async () => {
        const created = await createRoundup({}, sampleBodies.valid('원래', 2));
        await receiptFrom(await saveChanges(created, { briefs: [editedBrief(created.body, 0, '먼저')] }));
        const current = await getRoundup(created.id);
        const error = await errorFrom(await saveChanges(created, { briefs: [editedBrief(created.body, 1, '나중')] }), 'version_conflict');
        expect(error.details?.current).toEqual(current);
        expect(await getRoundup(created.id)).toEqual(current);
      });

      it('lets exactly one of two concurrent partial saves from the same version win', async () => {
        const created = await createRoundup({}, sampleBodies.valid('원래', 2));
        const responses = await Promise.all([
          saveChanges(created, { briefs: [editedBrief(created.body, 0, 'A')] }),
          saveChanges(created, { briefs: [editedBrief(created.body, 1, 'B')] }),
        ]);
        expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
        const loser = await errorFrom(responses.find((response) => response.status === 409)!, 'version_conflict');
        const stored = await getRoundup(created.id);
        expect(stored.version).toBe(2);
        expect(loser.details?.current).toEqual(stored);
      });

      it.each([
        ['an unknown node', (body: JSONContent) => ({ ...editedBrief(body, 1, 'x'), content: [{ type: 'briefHeading' }, { type: 'table' }] }), 'briefs[0].content[1]', 'brief 2 › table 1'],
        [
          'a javascript: link',
          () => sampleBodies.javascriptLink().content![0]!,
          'briefs[0].content[1].content[0].marks[0].attrs.href',
          'brief 1 › paragraph 1',
        ],
        ['a paragraph sent as a brief', () => ({ type: 'paragraph', content: [{ type: 'text', text: '문단' }] }), 'briefs[0]', 'brief'],
      ])('answers 400 invalid_body naming the path and the brief for %s, and stores nothing', async (_name, brief, path, location) => {
        const created = await createRoundup({}, sampleBodies.valid('원래', 2));
        const error = await errorFrom(await saveChanges(created, { briefs: [brief(created.body)] }), 'invalid_body');
        expect(error.details?.issues).toContainEqual(expect.objectContaining({ path, location }));
        expect(await getRoundup(created.id)).toEqual(created);
      });

      it.each([
        ['an id listed twice', (ids: string[]) => ({ briefOrder: [ids[0]!, ids[0]!] }), 'briefOrder[1]'],
        ['a brief sent but left out of the order', (ids: string[]) => ({ briefOrder: [ids[1]!], briefs: [sampleBodies.valid('x', 1).content![0]!] }), 'briefs[0].attrs.id'],
        ['an id the base version does not have', (ids: string[]) => ({ briefOrder: [ids[0]!, 'b-never-sent'] }), 'briefOrder[1]'],
        ['an empty order', () => ({ briefOrder: [] }), 'briefOrder'],
        ['a malformed id', () => ({ briefOrder: ['no spaces'] }), 'briefOrder[0]'],
      ])('answers 400 validation_failed for %s, and stores nothing', async (_name, changes, path) => {
        const created = await createRoundup({}, sampleBodies.valid('원래', 2));
        const error = await errorFrom(await saveChanges(created, changes(briefIds(created.body))), 'validation_failed');
        expect(error.details?.issues?.map((issue) => issue.path)).toContain(path);
        expect(await getRoundup(created.id)).toEqual(created);
      });

      it('answers 413 payload_too_large when the briefs would make the body too large, and stores nothing', async () => {
        const created = await createRoundup({}, sampleBodies.valid('원래', 1));
        const big = { ...sampleBodies.ofSize(maxBodyBytes + 10_000).content![0]!, attrs: { id: 'b-sample-1' } };
        const error = await errorFrom(await saveChanges(created, { briefs: [big] }), 'payload_too_large');
        expect(error.details?.limitBytes).toBe(maxBodyBytes);
        expect(await getRoundup(created.id)).toEqual(created);
      });

      it('answers 404 not_found for a roundup that does not exist', async () => {
        const created = await createRoundup();
        await errorFrom(await saveChanges({ ...created, id: 'does-not-exist' }), 'not_found');
      });

      it('replays a retry with the same Idempotency-Key and refuses the key for a different save', async () => {
        const created = await createRoundup({}, sampleBodies.valid('원래', 2));
        const key = `patch-${uniqueToken()}`;
        const changes = { briefs: [editedBrief(created.body, 1, '한 번만')] };
        const first = await receiptFrom(await saveChanges(created, changes, { [idempotencyKeyHeader]: key }));
        const retry = await receiptFrom(await saveChanges(created, changes, { [idempotencyKeyHeader]: key }));
        expect(retry).toEqual(first);
        expect((await getRoundup(created.id)).version).toBe(2);
        const reuse = await errorFrom(
          await saveChanges(created, { briefs: [editedBrief(created.body, 1, '다른 저장')] }, { [idempotencyKeyHeader]: key }),
          'validation_failed',
        );
        expect(reuse.details?.issues?.map((issue) => issue.path)).toEqual([idempotencyKeyHeader]);
        // A full save may not borrow a partial save's key either.
        const fullSave = await errorFrom(await save(created, { body: created.body }, { [idempotencyKeyHeader]: key }), 'validation_failed');
        expect(fullSave.details?.issues?.map((issue) => issue.path)).toEqual([idempotencyKeyHeader]);
      });
    });

    it('answers 413 payload_too_large for any JSON request over the request limit, without reading it all', async () => {
      const created = await createRoundup();
      const huge = JSON.stringify({ baseVersion: created.version, meta: created.meta, body: sampleBodies.ofSize(maxJsonRequestBytes + 50_000) });
      const response = await call(apiRoutes.roundup(created.id), { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: huge });
      const error = await errorFrom(response, 'payload_too_large');
      expect(error.details?.limitBytes).toBe(maxJsonRequestBytes);
      expect(await getRoundup(created.id)).toEqual(created);
    });

    describe('DELETE /api/roundups/:id', () => {
      it('deletes with 204, after which the roundup is gone', async () => {
        const created = await createRoundup();
        const response = await call(apiRoutes.roundup(created.id), { method: 'DELETE' });
        expect(response.status).toBe(204);
        await errorFrom(await call(apiRoutes.roundup(created.id)), 'not_found');
        await errorFrom(await call(apiRoutes.roundup(created.id), { method: 'DELETE' }), 'not_found');
      });
    });

    describe('POST /api/photos and GET /api/photos/:id', () => {
      it('stores a PNG sent as multipart/form-data and serves its bytes back with a long cache lifetime', async () => {
        const bytes = imageFixtures.png(12, 8);
        const response = await upload(bytes, 'image/png', 'photo.png');
        const photo = await photoFrom(response);
        expect(photo).toMatchObject({ mediaType: 'image/png', width: 12, height: 8, url: apiRoutes.photo(photo.id) });
        expect(response.headers.get('location')).toBe(photo.url);

        // The server re-encodes (metadata stripped), the mock keeps the bytes: either way the same picture comes back.
        const served = await call(photo.url);
        expect(served.status).toBe(200);
        expect(served.headers.get('content-type')).toBe('image/png');
        expect(served.headers.get('cache-control')).toMatch(/max-age=\d{6,}/);
        expect(served.headers.get('etag')).toBe(`"${photo.contentHash}"`);
        const servedBytes = new Uint8Array(await served.arrayBuffer());
        expect(servedBytes.byteLength).toBe(photo.byteSize);
        expect(inspectImage(servedBytes)).toMatchObject({ ok: true, mediaType: 'image/png', width: 12, height: 8 });

        const again = await call(photo.url, { headers: { 'If-None-Match': `"${photo.contentHash}"` } });
        expect(again.status).toBe(304);
      });

      it('accepts a raw image body as well', async () => {
        const bytes = imageFixtures.jpeg(32, 16, { orientation: 6 });
        const photo = await photoFrom(await call(apiRoutes.photos, { method: 'POST', headers: { 'Content-Type': 'image/jpeg' }, body: bytes }));
        expect(photo).toMatchObject({ mediaType: 'image/jpeg', width: 16, height: 32 });
      });

      it.each([
        ['WebP', () => imageFixtures.webpLossy(), 'image/webp', 3, 2],
        ['AVIF', () => imageFixtures.avif(), 'image/avif', 3, 2],
      ])('accepts %s and reads its size', async (_name, bytes, mediaType, width, height) => {
        const photo = await photoFrom(await upload(bytes(), mediaType));
        expect(photo).toMatchObject({ mediaType, width, height });
      });

      it.each([
        ['SVG', () => imageFixtures.svg(), 'image/svg+xml', /SVG/],
        ['GIF', () => imageFixtures.gif(), 'image/gif', /GIF/],
        ['HTML disguised as a PNG', () => imageFixtures.html(), 'image/png', /HTML/],
        ['a cut-short PNG', () => imageFixtures.truncate(imageFixtures.png(8, 8), 50), 'image/png', /cut short/],
      ])('answers 415 unsupported_media_type for %s', async (_name, bytes, type, message) => {
        const error = await errorFrom(await upload(bytes(), type), 'unsupported_media_type');
        expect(error.message).toMatch(message);
      });

      it('answers 413 payload_too_large for a photo over the limit', async () => {
        const tooBig = new Uint8Array(maxPhotoBytes + 1);
        tooBig.set(imageFixtures.png(1, 1));
        const error = await errorFrom(await upload(tooBig, 'image/png'), 'payload_too_large');
        expect(error.details?.limitBytes).toBe(maxPhotoBytes);
      });

      it('answers 400 validation_failed when the form has no file', async () => {
        const form = new FormData();
        form.append('other', 'value');
        const error = await errorFrom(await call(apiRoutes.photos, { method: 'POST', body: form }), 'validation_failed');
        expect(error.details?.issues?.[0]?.path).toBe('file');
      });

      it('answers 404 not_found for an unknown photo', async () => {
        await errorFrom(await call(apiRoutes.photo('no-such-photo')), 'not_found');
      });
    });

    it('marks every API answer, errors included, as not to be cached or content-sniffed', async () => {
      const created = await createRoundup();
      const answers = [
        await call(apiRoutes.roundups),
        await call(apiRoutes.roundup(created.id)),
        await saveChanges(created),
        await call(apiRoutes.roundup('does-not-exist')),
        await sendJson('POST', apiRoutes.roundups, { status: 'published' }),
        await call('/api/no-such-endpoint'),
      ];
      for (const response of answers) {
        expect(response.headers.get('cache-control'), response.url).toBe('no-store');
        expect(response.headers.get('x-content-type-options'), response.url).toBe('nosniff');
      }
    });

    it('answers 404 not_found in the error shape for an unknown endpoint', async () => {
      await errorFrom(await call('/api/no-such-endpoint'), 'not_found');
    });
  });
}

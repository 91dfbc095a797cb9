import { describe, expect, it } from 'vitest';
import { maxBodyBytes, type SaveRoundupRequest } from '../contract/roundup-endpoints';
import { emptyRoundupMetadata } from '../schema/roundup-metadata';
import { currentSchemaVersion, type Roundup } from '../schema/roundup';
import { sampleBodies } from '../../tests/contract/sample-bodies';
import { createMemoryStorage } from './memory-storage';
import type { RoundupStorage } from './roundup-storage';
import { createRoundupService } from './roundup-service';
import type { Actor } from './actor';

import { ServiceError } from './service-error';

const reporter: Actor = { id: 'u-reporter', name: '신대희', role: 'reporter' };

function setup(storage: RoundupStorage = createMemoryStorage().roundups) {
  let now = Date.parse('2026-03-02T09:00:00.000Z');
  let nextId = 0;
  const service = createRoundupService({
    storage,
    clock: () => new Date(now),
    generateId: () => `id-${(nextId += 1)}`,
  });
  return {
    service,
    storage,
    advance(milliseconds: number) {
      now += milliseconds;
    },
  };
}

async function failure(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ServiceError)) throw new Error(`expected a ServiceError, got ${String(error)}`);
  return error;
}

function saveOf(roundup: Roundup, changes: Partial<SaveRoundupRequest> = {}): SaveRoundupRequest {
  return { baseVersion: roundup.version, meta: roundup.meta, body: roundup.body, ...changes };
}

describe('roundup service: create and read', () => {
  it('creates a draft with default metadata and one empty brief', async () => {
    const { service } = setup();
    const created = await service.create(reporter, {});
    expect(created).toMatchObject({
      id: 'id-2',
      status: 'draft',
      version: 1,
      schemaVersion: currentSchemaVersion,
      meta: emptyRoundupMetadata(),
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
    });
    expect(created.body).toEqual({
      type: 'doc',
      content: [{ type: 'brief', attrs: { id: 'b-id-1' }, content: [{ type: 'briefHeading' }, { type: 'paragraph' }] }],
    });
    expect(await service.get(reporter, created.id)).toEqual(created);
  });

  it('merges given metadata over the defaults and stores a given body in canonical form', async () => {
    const { service } = setup();
    const created = await service.create(reporter, { meta: { headline: '  광산구 소식  ', kicker: '광주소식' }, body: sampleBodies.nonCanonical() });
    expect(created.meta).toMatchObject({ headline: '광산구 소식', kicker: '광주소식', outlet: '뉴시스' });
    expect(JSON.stringify(created.body)).toContain('"attrs":{"href":"https://example.com/a"}');
    expect(JSON.stringify(created.body)).not.toContain('"content":[]');
  });

  it('refuses bad metadata with field paths and stores nothing', async () => {
    const { service, storage } = setup();
    const error = await failure(service.create(reporter, { meta: { headline: '가'.repeat(121), kicker: '[광주소식]' } }));
    expect(error.code).toBe('validation_failed');
    expect(error.details?.issues?.map((issue) => issue.path).sort()).toEqual(['meta.headline', 'meta.kicker']);
    expect(await storage.list({})).toEqual([]);
  });

  it('refuses an invalid body on create', async () => {
    const { service } = setup();
    const error = await failure(service.create(reporter, { body: sampleBodies.unknownNode() }));
    expect(error.code).toBe('invalid_body');
  });

  it('answers not_found for unknown and malformed ids', async () => {
    const { service } = setup();
    expect((await failure(service.get(reporter, 'nope'))).code).toBe('not_found');
    expect((await failure(service.get(reporter, '../etc/passwd'))).code).toBe('not_found');
  });

  it('loads a roundup stored at schemaVersion 1 with its links migrated (href only, normalised), and saves it at the current one', async () => {
    const { service, storage } = setup();
    const created = await service.create(reporter, {});
    const oldLink = { type: 'link', attrs: { href: 'HTTPS://Example.com', target: '_blank', rel: 'opener', class: 'overlay', title: 't' } };
    const oldBody = {
      type: 'doc',
      content: [{ type: 'brief', attrs: { id: 'b-1' }, content: [{ type: 'briefHeading' }, { type: 'paragraph', content: [{ type: 'text', text: '링크', marks: [oldLink] }] }] }],
    };
    await storage.update({ ...created, version: 2, schemaVersion: 1, body: oldBody }, { version: 1, workflowRevision: 0 });
    const loaded = await service.get(reporter, created.id);
    expect(loaded.schemaVersion).toBe(currentSchemaVersion);
    expect(loaded.body.content?.[0]?.content?.[1]?.content?.[0]?.marks).toEqual([{ type: 'link', attrs: { href: 'https://example.com/' } }]);
    const saved = await service.save(reporter, created.id, saveOf(loaded, { meta: { ...loaded.meta, headline: '다시 저장' } }));
    expect(saved).toMatchObject({ version: 3, schemaVersion: currentSchemaVersion, body: loaded.body });
  });

  it('refuses a stored roundup written by a newer build', async () => {
    const { service, storage } = setup();
    const created = await service.create(reporter, {});
    await storage.update({ ...created, version: 2, schemaVersion: currentSchemaVersion + 1 }, { version: 1, workflowRevision: 0 });
    const error = await failure(service.get(reporter, created.id));
    expect(error.code).toBe('unsupported_schema_version');
    expect(error.status).toBe(422);
  });
});

describe('roundup service: list', () => {
  it('lists summaries, newest first, filtered by a case-insensitive headline search', async () => {
    const { service, advance } = setup();
    const first = await service.create(reporter, { meta: { headline: 'Gwangsan 복지 대상' } });
    advance(1000);
    const second = await service.create(reporter, { meta: { headline: '북부소방서 간담회' }, body: sampleBodies.valid('x', 3) });
    advance(1000);
    await service.create(reporter, { meta: { headline: '100% 참여_행사' } });

    const all = await service.list(reporter, {});
    expect(all.items.map((item) => item.headline)).toEqual(['100% 참여_행사', '북부소방서 간담회', 'Gwangsan 복지 대상']);
    expect(all.items[1]).toMatchObject({ id: second.id, briefCount: 3, status: 'draft', version: 1 });

    expect((await service.list(reporter, { q: 'gwANGsan' })).items.map((item) => item.id)).toEqual([first.id]);
    expect((await service.list(reporter, { q: '  소방  ' })).items.map((item) => item.id)).toEqual([second.id]);
    expect((await service.list(reporter, { q: '%' })).items).toHaveLength(1);
    expect((await service.list(reporter, { q: '_' })).items).toHaveLength(1);
    expect((await service.list(reporter, { q: '없는 제목' })).items).toEqual([]);
  });
});

describe('roundup service: save', () => {
  it('saves a new version with the clock time and the canonical body', async () => {
    const { service, advance } = setup();
    const created = await service.create(reporter, {});
    advance(60_000);
    const saved = await service.save(reporter, created.id, saveOf(created, { body: sampleBodies.nonCanonical(), meta: { ...created.meta, headline: '새 제목' } }));
    expect(saved.version).toBe(2);
    expect(saved.updatedAt).toBe('2026-03-02T09:01:00.000Z');
    expect(saved.createdAt).toBe(created.createdAt);
    expect(saved.meta.headline).toBe('새 제목');
    expect(JSON.stringify(saved.body)).toContain('"attrs":{"href":"https://example.com/a"}');
    expect(await service.get(reporter, created.id)).toEqual(saved);
  });

  it('answers 409 with the current roundup when the base version is stale', async () => {
    const { service } = setup();
    const created = await service.create(reporter, {});
    const saved = await service.save(reporter, created.id, saveOf(created, { body: sampleBodies.valid('A') }));
    const error = await failure(service.save(reporter, created.id, saveOf(created, { body: sampleBodies.valid('B') })));
    expect(error.code).toBe('version_conflict');
    expect(error.status).toBe(409);
    expect(error.details?.current).toEqual(saved);
  });

  it('lets exactly one of two saves from the same version win', async () => {
    const { service } = setup();
    const created = await service.create(reporter, {});
    const results = await Promise.allSettled([
      service.save(reporter, created.id, saveOf(created, { body: sampleBodies.valid('A') })),
      service.save(reporter, created.id, saveOf(created, { body: sampleBodies.valid('B') })),
    ]);
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result) => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = won[0]!.value;
    const loser = lost[0]!.reason;
    expect(loser).toBeInstanceOf(ServiceError);
    expect(loser).toMatchObject({ code: 'version_conflict', details: { current: winner } });
    expect(await service.get(reporter, created.id)).toEqual(winner);
  });

  it('still lets only one win when both have read the roundup before either writes', async () => {
    const memory = createMemoryStorage().roundups;
    let readers = 0;
    let release: () => void = () => undefined;
    const bothHaveRead = new Promise<void>((resolve) => {
      release = resolve;
    });
    const racing: RoundupStorage = {
      ...memory,
      async get(id) {
        const stored = await memory.get(id);
        readers += 1;
        if (readers === 2) release();
        if (readers <= 2) await bothHaveRead;
        return stored;
      },
    };
    const { service } = setup(racing);
    const created = await service.create(reporter, {});
    readers = 0;
    const results = await Promise.allSettled([
      service.save(reporter, created.id, saveOf(created, { body: sampleBodies.valid('A') })),
      service.save(reporter, created.id, saveOf(created, { body: sampleBodies.valid('B') })),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const winner = results.find((result) => result.status === 'fulfilled');
    const loser = results.find((result) => result.status === 'rejected');
    expect(loser?.reason).toMatchObject({ code: 'version_conflict', details: { current: winner?.value } });
    expect((await memory.get(created.id))?.version).toBe(2);
  });

  it.each([
    ['an unknown node', sampleBodies.unknownNode(), 'content[0].content[1]', 'unknown node "table"'],
    ['wrong nesting', sampleBodies.wrongNesting(), 'content[1]', 'cannot go here'],
    ['a javascript: link', sampleBodies.javascriptLink(), 'content[0].content[1].content[0].marks[0].attrs.href', 'http, https or mailto'],
  ])('refuses a body with %s, naming the path, and stores nothing', async (_name, body, path, message) => {
    const { service } = setup();
    const created = await service.create(reporter, {});
    const error = await failure(service.save(reporter, created.id, saveOf(created, { body })));
    expect(error.code).toBe('invalid_body');
    expect(error.status).toBe(400);
    expect(error.details?.issues).toEqual([expect.objectContaining({ path, message: expect.stringContaining(message), location: expect.any(String) })]);
    expect(await service.get(reporter, created.id)).toEqual(created);
  });

  it('refuses invalid metadata with field paths and stores nothing', async () => {
    const { service } = setup();
    const created = await service.create(reporter, {});
    const error = await failure(
      service.save(reporter, created.id, saveOf(created, { meta: { ...created.meta, reporters: [{ name: '', email: 'not-an-address' }] } })),
    );
    expect(error.code).toBe('validation_failed');
    expect(error.details?.issues?.map((issue) => issue.path).sort()).toEqual(['meta.reporters[0].email', 'meta.reporters[0].name']);
    expect(await service.get(reporter, created.id)).toEqual(created);
  });

  it('refuses a body over the size limit with 413 and stores nothing', async () => {
    const { service } = setup();
    const created = await service.create(reporter, {});
    const error = await failure(service.save(reporter, created.id, saveOf(created, { body: sampleBodies.ofSize(maxBodyBytes + 10_000) })));
    expect(error.code).toBe('payload_too_large');
    expect(error.status).toBe(413);
    expect(error.details?.limitBytes).toBe(maxBodyBytes);
    expect(await service.get(reporter, created.id)).toEqual(created);
  });

  it('answers not_found when saving a roundup that does not exist', async () => {
    const { service } = setup();
    const created = await service.create(reporter, {});
    expect((await failure(service.save(reporter, 'missing', saveOf(created)))).code).toBe('not_found');
  });

  it('returns the current roundup without a new version when nothing changed', async () => {
    const { service, advance } = setup();
    const created = await service.create(reporter, { body: sampleBodies.valid() });
    advance(5000);
    const again = await service.save(reporter, created.id, saveOf(created, { body: sampleBodies.valid(), meta: { ...created.meta, outlet: ' 뉴시스 ' } }));
    expect(again).toEqual(created);
    expect(await service.get(reporter, created.id)).toEqual(created);
  });
});

describe('roundup service: idempotent saves', () => {
  it('replays the first result for a retry with the same key and request', async () => {
    const { service } = setup();
    const created = await service.create(reporter, {});
    const request = saveOf(created, { body: sampleBodies.valid('A') });
    const first = await service.save(reporter, created.id, request, { idempotencyKey: 'key-1' });
    const retry = await service.save(reporter, created.id, request, { idempotencyKey: 'key-1' });
    expect(first.version).toBe(2);
    expect(retry).toEqual(first);

    const later = await service.save(reporter, created.id, saveOf(first, { body: sampleBodies.valid('C') }));
    expect(await service.save(reporter, created.id, request, { idempotencyKey: 'key-1' })).toEqual(first);
    expect(await service.get(reporter, created.id)).toEqual(later);
  });

  it('applies a save sent twice at once only once', async () => {
    const { service } = setup();
    const created = await service.create(reporter, {});
    const request = saveOf(created, { body: sampleBodies.valid('A') });
    const [one, two] = await Promise.all([
      service.save(reporter, created.id, request, { idempotencyKey: 'key-2' }),
      service.save(reporter, created.id, request, { idempotencyKey: 'key-2' }),
    ]);
    expect(one).toEqual(two);
    expect((await service.get(reporter, created.id)).version).toBe(2);
  });

  it('refuses the same key with a different request', async () => {
    const { service } = setup();
    const created = await service.create(reporter, {});
    await service.save(reporter, created.id, saveOf(created, { body: sampleBodies.valid('A') }), { idempotencyKey: 'key-3' });
    const error = await failure(service.save(reporter, created.id, saveOf(created, { body: sampleBodies.valid('B') }), { idempotencyKey: 'key-3' }));
    expect(error.code).toBe('validation_failed');
    expect(error.details?.issues?.[0]?.path).toBe('Idempotency-Key');
  });

  it('remembers a no-op save too', async () => {
    const { service } = setup();
    const created = await service.create(reporter, {});
    const first = await service.save(reporter, created.id, saveOf(created), { idempotencyKey: 'key-4' });
    await service.save(reporter, created.id, saveOf(created, { body: sampleBodies.valid('moved on') }));
    expect(await service.save(reporter, created.id, saveOf(created), { idempotencyKey: 'key-4' })).toEqual(first);
  });

  it('forgets a key after the window, so an old retry meets the current version', async () => {
    const { service, advance } = setup();
    const created = await service.create(reporter, {});
    const request = saveOf(created, { body: sampleBodies.valid('A') });
    await service.save(reporter, created.id, request, { idempotencyKey: 'key-5' });
    advance(24 * 60 * 60 * 1000 + 1);
    expect((await failure(service.save(reporter, created.id, request, { idempotencyKey: 'key-5' }))).code).toBe('version_conflict');
  });

  it('does not remember failed saves', async () => {
    const { service } = setup();
    const created = await service.create(reporter, {});
    await failure(service.save(reporter, created.id, saveOf(created, { body: sampleBodies.unknownNode() }), { idempotencyKey: 'key-6' }));
    const fixed = await service.save(reporter, created.id, saveOf(created, { body: sampleBodies.valid('A') }), { idempotencyKey: 'key-6' });
    expect(fixed.version).toBe(2);
  });

  it('refuses a malformed key', async () => {
    const { service } = setup();
    const created = await service.create(reporter, {});
    const error = await failure(service.save(reporter, created.id, saveOf(created), { idempotencyKey: 'has spaces' }));
    expect(error.code).toBe('validation_failed');
    expect(error.details?.issues?.[0]?.path).toBe('Idempotency-Key');
  });
});

describe('roundup service: remove', () => {
  it('deletes a roundup, then answers not_found', async () => {
    const { service } = setup();
    const created = await service.create(reporter, {});
    await service.remove(reporter, created.id);
    expect((await failure(service.get(reporter, created.id))).code).toBe('not_found');
    expect((await failure(service.remove(reporter, created.id))).code).toBe('not_found');
  });

  it('prunes idempotency records older than the replay window as keyed saves come in', async () => {
    const { service, storage, advance } = setup();
    const created = await service.create(reporter, {});
    const first = await service.save(reporter, created.id, saveOf(created, { meta: { ...created.meta, headline: '하나' } }), {
      idempotencyKey: 'key-old',
    });
    advance(25 * 60 * 60 * 1000);
    await service.save(reporter, created.id, saveOf(first, { meta: { ...first.meta, headline: '둘' } }), { idempotencyKey: 'key-new' });
    expect(await storage.findIdempotencyRecord('key-old')).toBeNull();
    expect(await storage.findIdempotencyRecord('key-new')).not.toBeNull();
  });

  it('stays correct when another process saves the same roundup (two services over one storage)', async () => {
    const storage = createMemoryStorage().roundups;
    const first = setup(storage);
    const second = setup(storage);
    const created = await first.service.create(reporter, {});
    const seenBySecond = await second.service.get(reporter, created.id);

    // Process 1 saves v2; a client of process 2 that already has v2 saves on top: process 2 must look again.
    const v2 = await first.service.save(reporter, created.id, saveOf(created, { meta: { ...created.meta, headline: '하나' } }));
    const v3 = await second.service.save(reporter, created.id, saveOf(v2, { meta: { ...v2.meta, headline: '둘' } }));
    expect(v3.version).toBe(3);

    // Process 1 still remembers v2; a save based on v2 there loses to v3 and gets v3 back in the 409.
    const error = await failure(first.service.save(reporter, created.id, saveOf(v2, { meta: { ...v2.meta, headline: '셋' } })));
    expect(error.code).toBe('version_conflict');
    expect(error.details?.current).toMatchObject({ version: 3, meta: { headline: '둘' } });
    expect(seenBySecond.version).toBe(1);
    expect((await first.service.get(reporter, created.id)).meta.headline).toBe('둘');
  });
});

describe('roundup service: revisions', () => {
  it('thins autosaves older than a day as saves come in, keeping every brief of what remains', async () => {
    const { service, storage, advance } = setup();
    let current = await service.create(reporter, { body: sampleBodies.valid('판 0', 2) });
    // A morning of autosaves every 30 s, then, two days later, a few more: the first of those prunes.
    for (let index = 1; index <= 20; index += 1) {
      advance(30_000);
      current = await service.save(reporter, current.id, saveOf(current, { body: sampleBodies.valid(`판 ${index}`, 2) }));
    }
    advance(2 * 24 * 60 * 60 * 1000);
    for (let index = 21; current.version < 25; index += 1) {
      advance(30_000);
      current = await service.save(reporter, current.id, saveOf(current, { body: sampleBodies.valid(`판 ${index}`, 2) }));
    }
    const kept = (await storage.listRevisions(current.id)).map((revision) => revision.version);
    // The first, the last of that morning's hour, and the recent ones.
    expect(kept).toEqual([25, 24, 23, 22, 21, 1]);
    const morning = await service.revision(reporter, current.id, 21);
    expect(morning.body).toEqual(sampleBodies.valid('판 20', 2));
    const first = await service.revision(reporter, current.id, 1);
    expect(first.body).toEqual(sampleBodies.valid('판 0', 2));
  });
});

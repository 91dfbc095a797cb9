import type { JSONContent } from '@tiptap/core';
import type { z } from 'zod/mini';
import { fieldIssuesFromZodError } from '../contract/field-issues-from-zod';
import { idempotencyKeySchema } from '../contract/idempotency-key';
import { listDeletionsQuerySchema, type DeletionsResponse, type ListDeletionsQuery } from '../contract/deletion-endpoints';
import {
  createRoundupRequestSchema,
  defaultListPageSize,
  listRoundupsQuerySchema,
  maxBodyBytes,
  saveRoundupChangesRequestSchema,
  saveRoundupRequestSchema,
  type CreateRoundupRequest,
  type ListRoundupsQuery,
  type ListRoundupsResponse,
  type RoundupSummary,
  type SaveReceipt,
  type SaveRoundupChangesRequest,
  type SaveRoundupRequest,
} from '../contract/roundup-endpoints';
import { idempotencyKeyHeader } from '../contract/routes';
import { migrateDocument, UnsupportedSchemaVersionError, type VersionedDocument } from '../schema/migrations';
import { roundupBodySchema } from '../schema/roundup-body';
import { emptyRoundupMetadata, roundupMetadataSchema } from '../schema/roundup-metadata';
import { currentSchemaVersion, roundupIdSchema, roundupSchema, type Roundup } from '../schema/roundup';
import { validateRoundupBody } from '../schema/validate-roundup-body';
import { roundupActionRequestSchema, type RoundupActionRequest, type RoundupEventsResponse } from '../contract/workflow-endpoints';
import {
  listRevisionsQuerySchema,
  restoreRevisionRequestSchema,
  type ListRevisionsQuery,
  type RestoreRevisionRequest,
  type RevisionKind,
  type RevisionResponse,
  type RevisionsResponse,
  type RevisionSummary,
} from '../contract/revision-endpoints';
import { emptyWorkflow } from '../schema/roundup-workflow';
import { mergeBriefChanges, prepareBriefChanges } from './brief-changes';
import { canonicalJson } from './canonical-json';
import { RecentRoundups } from './recent-roundups';
import { sameJson } from './same-json';
import type { IdempotencyRecord } from './idempotency-record';
import type { Actor } from './actor';
import type { RoundupChange } from '../contract/live-endpoints';
import type { ChangeFeed } from './change-feed';
import { listFilterOf } from './list-filters';
import { listCursorOf, parseListCursor } from './list-cursor';
import { assertAllowed } from './permissions';
import { assertDeletable, reviewAfterEdit, takeAction } from './workflow-rules';
import type { RoundupStorage } from './roundup-storage';
import {
  forbidden,
  internalError,
  invalidBody,
  notFound,
  payloadTooLarge,
  ServiceError,
  unsupportedSchemaVersion,
  validationFailed,
  versionConflict,
} from './service-error';
import { serialiseChild, serialisedBodyBytes } from './serialised-body';
import { revisionWriteFor } from './revision-write';
import { revisionsToPrune } from './revision-pruning';
import { withBriefsRestored } from './restore-briefs';
import type { RevisionWrite, StoredRevision } from './stored-revision';
import { sha256Hex } from './sha256';
import type { StoredRoundup } from './stored-roundup';

export interface RoundupServiceOptions {
  storage: RoundupStorage;
  clock: () => Date;
  /** Fresh ids for roundups and briefs: 1–64 characters of `A–Z a–z 0–9 _ -`. */
  generateId: () => string;
  /** How long a save is remembered under its Idempotency-Key (default 24 hours). */
  idempotencyWindowMs?: number;
  /**
   * SHA-256 as hex, for request fingerprints. Default: the pure implementation (the browser mock may run on an
   * insecure origin without Web Crypto); the server passes node:crypto's, eight times faster on a 150 kB draft.
   */
  hashText?: (text: string) => string;
  /** Told of every stored change, for live updates. */
  changes?: ChangeFeed;
}

export interface SaveOptions {
  idempotencyKey?: string;
}

export interface RoundupService {
  list(actor: Actor, query: ListRoundupsQuery): Promise<ListRoundupsResponse>;
  create(actor: Actor, request: CreateRoundupRequest): Promise<Roundup>;
  get(actor: Actor, id: string): Promise<Roundup>;
  /**
   * Saves a new version based on `request.baseVersion`. Checks run before anything is read or written, in this
   * order: request shape (400 validation_failed), body size (413), body schema (400 invalid_body); then the roundup
   * must exist (404), the actor must be allowed to edit it (403) and it must still be at `baseVersion` (409 with the
   * current roundup). A save equal to the stored
   * roundup (same canonical body and metadata) returns it unchanged, without a new version.
   *
   * With an idempotency key, a retry of the same save (same id, base version, meta and body) within the window
   * replays the first result even if the roundup has moved on since; the same key on a different save is refused
   * with 400 validation_failed on `Idempotency-Key`. Only successful saves are remembered.
   */
  save(actor: Actor, id: string, request: SaveRoundupRequest, options?: SaveOptions): Promise<Roundup>;
  /**
   * A partial save (what autosave sends): the new brief order, the new or edited briefs, and the metadata if it
   * changed; every other brief is kept from `baseVersion`. Same rules, order of checks and idempotency as `save`, plus
   * 400 validation_failed when the order and the briefs do not fit together or name a brief the base version lacks
   * (checked after the version, since only the base version says which briefs exist). Answers with a receipt.
   */
  saveChanges(actor: Actor, id: string, request: SaveRoundupChangesRequest, options?: SaveOptions): Promise<SaveReceipt>;
  /**
   * Takes one review action (`workflow-rules.ts`): 403 when the role may not, 409 invalid_transition when the status
   * does not allow it, 400 for a bad request. The status and workflow change and the step is recorded in the history,
   * atomically; the document's version does not move, so nobody's autosave is disturbed.
   */
  act(actor: Actor, id: string, request: RoundupActionRequest): Promise<Roundup>;
  /** The review history, oldest first. */
  events(actor: Actor, id: string): Promise<RoundupEventsResponse>;
  /**
   * Publishes every scheduled roundup whose time has come, as the scheduler (recorded as such in the history); run
   * periodically by the server and the mock. Returns how many were published.
   */
  publishDue(): Promise<number>;
  /** A page of the revisions, newest first. */
  revisions(actor: Actor, id: string, query: ListRevisionsQuery): Promise<RevisionsResponse>;
  /** One revision's whole document, migrated to the current schema; 404 when it does not exist (or was pruned). */
  revision(actor: Actor, id: string, version: number): Promise<RevisionResponse>;
  /**
   * Brings back a revision's content (all of it, or the briefs named) as a new revision on top of
   * `request.baseVersion`, under the rules of a save (403, 409 with the current roundup, 400). Restoring what is
   * already there changes nothing and answers the roundup as it is.
   */
  restore(actor: Actor, id: string, version: number, request: RestoreRevisionRequest): Promise<Roundup>;
  /**
   * Deletes a roundup that was never published (409 published_roundup_not_deletable otherwise: it is withdrawn
   * instead), with its history and revisions, and records who deleted which roundup when, for good.
   */
  remove(actor: Actor, id: string): Promise<void>;
  /** The deletion log, newest first: desks and admins only. */
  deletions(actor: Actor, query: ListDeletionsQuery): Promise<DeletionsResponse>;
}

const defaultIdempotencyWindowMs = 24 * 60 * 60 * 1000;

/** Pruning looks at a roundup's revisions at most this often (per process), on a save. */
const pruneEveryMs = 60 * 60 * 1000;

function isDue(summary: RoundupSummary, now: Date): boolean {
  return summary.status === 'scheduled' && summary.scheduledFor !== null && Date.parse(summary.scheduledFor) <= now.getTime();
}

/** Who publishes a scheduled roundup when its time comes. */
export const scheduler: Actor = { id: 'system-scheduler', name: '예약 출고', role: 'admin' };
const idempotencyPruneEveryMs = 10 * 60 * 1000;

function parseOrThrow<Schema extends z.ZodMiniType>(schema: Schema, value: unknown, prefix: PropertyKey[] = []): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed(fieldIssuesFromZodError(result.error, prefix));
  return result.data;
}

function checkBodySize(body: JSONContent): void {
  if (serialisedBodyBytes(body) > maxBodyBytes) throw payloadTooLarge('the roundup body', maxBodyBytes);
}

function receiptOf(saved: Pick<SaveReceipt, 'id' | 'version' | 'updatedAt' | 'reopenedBriefIds'>): SaveReceipt {
  return {
    id: saved.id,
    version: saved.version,
    updatedAt: saved.updatedAt,
    ...(saved.reopenedBriefIds === undefined ? {} : { reopenedBriefIds: saved.reopenedBriefIds }),
  };
}

/** The body as the schema writes it back (defaults filled in, empty content dropped): what gets stored. */
function canonicalBody(body: JSONContent): JSONContent {
  const validation = validateRoundupBody(body);
  if (!validation.ok) throw invalidBody(validation.issues);
  return roundupBodySchema.parse(validation.doc.toJSON());
}

function emptyBody(briefId: string): JSONContent {
  return {
    type: 'doc',
    content: [{ type: 'brief', attrs: { id: briefId }, content: [{ type: 'briefHeading' }, { type: 'paragraph' }] }],
  };
}

function revisionSummary(stored: StoredRevision): RevisionSummary {
  const { schemaVersion: _schemaVersion, meta: _meta, briefRefs: _briefRefs, ...summary } = stored;
  return summary;
}

function withoutUndefined(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined));
}

function migrate(stored: StoredRoundup): VersionedDocument {
  try {
    return migrateDocument({ schemaVersion: stored.schemaVersion, meta: stored.meta, body: stored.body });
  } catch (error) {
    if (error instanceof UnsupportedSchemaVersionError) {
      throw unsupportedSchemaVersion(error.schemaVersion, currentSchemaVersion);
    }
    throw internalError(`roundup "${stored.id}" cannot be migrated: ${error instanceof Error ? error.message : 'unknown error'}`);
  }
}

/** Brings a stored row up to the current schema and checks it, so callers only ever see valid roundups. */
function toRoundup(stored: StoredRoundup): Roundup {
  const result = roundupSchema.safeParse({ ...stored, ...migrate(stored) });
  if (!result.success) throw internalError(`stored roundup "${stored.id}" does not match the schema`);
  return result.data;
}

export function createRoundupService(options: RoundupServiceOptions): RoundupService {
  const { storage, clock, generateId } = options;
  const idempotencyWindowMs = options.idempotencyWindowMs ?? defaultIdempotencyWindowMs;
  const hashText = options.hashText ?? sha256Hex;
  const recent = new RecentRoundups();
  const briefHashes = new WeakMap<JSONContent, string>();
  function hashOf(brief: JSONContent): string {
    let hash = briefHashes.get(brief);
    if (hash === undefined) {
      hash = hashText(serialiseChild(brief));
      briefHashes.set(brief, hash);
    }
    return hash;
  }
  // Roundups whose every current brief this process knows to be stored as revision content. Others (written by
  // another process, or before revisions existed) get all their briefs sent with the next revision.
  const contentsKnownStored = new Set<string>();

  function revisionWrite(actor: Actor, previous: Roundup | null, next: Roundup, kind: RevisionKind, restoredFrom?: number): RevisionWrite {
    return revisionWriteFor({
      author: { id: actor.id, name: actor.name },
      previous,
      next,
      kind,
      ...(restoredFrom === undefined ? {} : { restoredFrom }),
      hashOf,
      previousContentsStored: previous !== null && contentsKnownStored.has(next.id),
    });
  }

  function stored(next: Roundup): void {
    if (contentsKnownStored.size > 10_000) contentsKnownStored.clear();
    contentsKnownStored.add(next.id);
  }

  // Listing a roundup's revisions costs as much as the history is long: an hour between looks keeps that off saves.
  const lastPrunedAt = new Map<string, number>();
  async function pruneRevisionsNowAndThen(roundupId: string): Promise<void> {
    const now = clock().getTime();
    if (now - (lastPrunedAt.get(roundupId) ?? Number.NEGATIVE_INFINITY) < pruneEveryMs) return;
    if (lastPrunedAt.size > 10_000) lastPrunedAt.clear();
    lastPrunedAt.set(roundupId, now);
    await pruneRevisions(roundupId);
  }

  async function pruneRevisions(roundupId: string): Promise<void> {
    const [revisions, events] = await Promise.all([storage.listRevisions(roundupId), storage.listEvents(roundupId)]);
    const statusChangedAt = events.filter((event) => event.from !== event.to).map((event) => event.at);
    const versions = revisionsToPrune(revisions, statusChangedAt, clock());
    if (versions.length > 0) await storage.deleteRevisions(roundupId, versions);
  }
  function announce(actor: Actor, roundup: Roundup, kind: RoundupChange['kind'], briefId?: string): void {
    options.changes?.publish({
      roundupId: roundup.id,
      kind,
      status: roundup.status,
      version: roundup.version,
      workflowRevision: roundup.workflowRevision,
      by: { id: actor.id, name: actor.name },
      at: clock().toISOString(),
      ...(briefId === undefined ? {} : { briefId }),
    });
  }
  // Records only matter inside the replay window; each holds a whole roundup, so old ones are pruned as saves come in.
  let lastPruneAt = Number.NEGATIVE_INFINITY;
  async function pruneIdempotencyRecords(): Promise<void> {
    const now = clock().getTime();
    if (now - lastPruneAt < idempotencyPruneEveryMs) return;
    lastPruneAt = now;
    await storage.deleteIdempotencyRecordsBefore(new Date(now - idempotencyWindowMs).toISOString());
  }

  async function load(id: string): Promise<Roundup> {
    if (!roundupIdSchema.safeParse(id).success) throw notFound(id);
    const stored = await storage.get(id);
    if (stored === null) throw notFound(id);
    return toRoundup(stored);
  }

  /** The remembered result for a retry, null when the key is new (or expired); throws when the key was reused. */
  async function replay(key: string, requestFingerprint: string): Promise<IdempotencyRecord['result'] | null> {
    const record = await storage.findIdempotencyRecord(key);
    if (record === null) return null;
    if (Date.parse(record.createdAt) + idempotencyWindowMs <= clock().getTime()) return null;
    if (record.requestFingerprint !== requestFingerprint) {
      throw validationFailed(
        [{ path: idempotencyKeyHeader, message: 'this key was already used for a different save; send a new key with each new save' }],
        'Idempotency-Key reused for a different request',
      );
    }
    return record.result;
  }

  /** A full save's replay is the whole roundup it answered; the fingerprint keeps partial saves' receipts apart. */
  function replayedRoundup(result: IdempotencyRecord['result']): Roundup {
    if (!('body' in result)) throw internalError('an idempotency record of a partial save was replayed as a full save');
    return toRoundup(result);
  }

  /** The version the client saved on: remembered if it is still that version, else read (another process may have saved). */
  async function currentFor(id: string, baseVersion: number): Promise<Roundup> {
    const remembered = recent.get(id);
    return remembered !== undefined && remembered.version === baseVersion ? remembered : await load(id);
  }

  interface Commit<Result> {
    actor: Actor;
    key: string | undefined;
    requestFingerprint: string | undefined;
    /** What the caller gets, and what a retry replays. */
    resultOf: (saved: Roundup) => Result & IdempotencyRecord['result'];
    fromReplay: (result: IdempotencyRecord['result']) => Result;
    /** Whether a lost race may be retried when only the review moved (the document is still at the base version). */
    mayRetry: boolean;
    /** How the revision this save makes came about. */
    revision?: { kind: RevisionKind; restoredFrom: number };
  }

  type Committed<Result> = { kind: 'done'; result: Result } | { kind: 'retry' };

  /**
   * Stores `next` over `current` by compare-and-set (or, when nothing changed, keeps `current`), remembering the
   * result under the idempotency key in the same step. Losing the race is a 409 with the winner, unless the winner
   * was this very save sent twice, or only the review moved meanwhile (then the caller tries again on it).
   */
  async function commit<Result>(current: Roundup, next: Roundup | null, how: Commit<Result>): Promise<Committed<Result>> {
    const { key, requestFingerprint } = how;
    const rememberAs = (saved: Roundup): IdempotencyRecord | undefined =>
      key === undefined || requestFingerprint === undefined
        ? undefined
        : { key, requestFingerprint, roundupId: saved.id, result: how.resultOf(saved), createdAt: clock().toISOString() };

    if (next === null) {
      const record = rememberAs(current);
      if (record !== undefined) await storage.saveIdempotencyRecord(record);
      return { kind: 'done', result: how.resultOf(current) };
    }
    const idempotencyRecord = rememberAs(next);
    const expected = { version: current.version, workflowRevision: current.workflowRevision };
    const revision = revisionWrite(how.actor, current, next, how.revision?.kind ?? 'saved', how.revision?.restoredFrom);
    if (await storage.update(next, expected, { previous: current, revision, ...(idempotencyRecord === undefined ? {} : { idempotencyRecord }) })) {
      recent.remember(next);
      stored(next);
      announce(how.actor, next, 'save');
      if (key !== undefined) await pruneIdempotencyRecords();
      await pruneRevisionsNowAndThen(next.id);
      return { kind: 'done', result: how.resultOf(next) };
    }
    recent.forget(current.id);
    if (key !== undefined && requestFingerprint !== undefined) {
      const replayed = await replay(key, requestFingerprint);
      if (replayed !== null) return { kind: 'done', result: how.fromReplay(replayed) };
    }
    const winner = await load(current.id);
    if (how.mayRetry && winner.version === current.version) {
      recent.remember(winner);
      return { kind: 'retry' };
    }
    throw versionConflict(winner);
  }

  /** Saves that lose only to review steps are tried again this many times before giving up with a 409. */
  const maxRetries = 3;

  /** The next version of the document; approved briefs that the edit changed go back to pending. */
  function nextVersion(current: Roundup, meta: Roundup['meta'], body: JSONContent): { next: Roundup; reopened: string[] } {
    const review = reviewAfterEdit(current.workflow, current.body, body, sameJson);
    const next: Roundup = {
      ...current,
      meta,
      body,
      version: current.version + 1,
      schemaVersion: currentSchemaVersion,
      updatedAt: clock().toISOString(),
      ...(review === null ? {} : { workflow: review.workflow, workflowRevision: current.workflowRevision + 1 }),
    };
    return { next, reopened: review?.reopened ?? [] };
  }

  function checkCanSaveOn(actor: Actor, current: Roundup, baseVersion: number): void {
    assertAllowed(actor, 'edit', current);
    if (baseVersion !== current.version) {
      recent.remember(current);
      throw versionConflict(current);
    }
  }

  function parseIdempotencyKey(key: string | undefined): string | undefined {
    return key === undefined ? undefined : parseOrThrow(idempotencyKeySchema, key, [idempotencyKeyHeader]);
  }

  /** A revision with its body put back together from the stored brief contents, migrated to the current schema. */
  async function revisionDocument(id: string, version: number): Promise<{ revision: StoredRevision; meta: Record<string, unknown>; body: JSONContent }> {
    const found = await storage.getRevision(id, version);
    if (found === null) {
      throw new ServiceError('not_found', `revision ${version} of roundup "${id}" does not exist (old autosaves are thinned after a day)`);
    }
    const contents = new Map(found.contents.map((content) => [content.hash, content.json]));
    const briefs = found.revision.briefRefs.map((ref): JSONContent => {
      const json = contents.get(ref.hash);
      if (json === undefined) throw internalError(`revision ${version} of roundup "${id}" lacks the content of brief "${ref.id}"`);
      const parsed: unknown = JSON.parse(json);
      return roundupBodySchema.parse({ type: 'doc', content: [parsed] }).content?.[0] ?? {};
    });
    try {
      const migrated = migrateDocument({ schemaVersion: found.revision.schemaVersion, meta: found.revision.meta, body: { type: 'doc', content: briefs } });
      return { revision: found.revision, meta: migrated.meta, body: migrated.body };
    } catch (error) {
      if (error instanceof UnsupportedSchemaVersionError) throw unsupportedSchemaVersion(error.schemaVersion, currentSchemaVersion);
      throw error;
    }
  }

  return {
    async list(actor, query) {
      assertAllowed(actor, 'read');
      const parsed = parseOrThrow(listRoundupsQuerySchema, query);
      const after = parsed.cursor === undefined ? undefined : parseListCursor(parsed.cursor);
      const limit = parsed.limit ?? defaultListPageSize;
      // A scheduled roundup whose time has come is published before anyone is shown it as still waiting.
      if ((await storage.list({ status: 'scheduled', scheduledBy: clock().toISOString(), limit: 1 })).length > 0) await this.publishDue();
      const filter = listFilterOf(parsed);
      // One more than the page, to know whether another page follows.
      const [page, counts] = await Promise.all([
        storage.list({ ...filter, status: parsed.status, after, limit: limit + 1 }),
        storage.countByStatus(filter),
      ]);
      const items = page.slice(0, limit);
      const last = items.at(-1);
      return { items, counts, nextCursor: page.length > limit && last !== undefined ? listCursorOf(last) : null };
    },

    async create(actor, request) {
      assertAllowed(actor, 'create');
      const parsed = parseOrThrow(createRoundupRequestSchema, request);
      const meta = parseOrThrow(
        roundupMetadataSchema,
        { ...emptyRoundupMetadata(), ...withoutUndefined(parsed.meta ?? {}) },
        ['meta'],
      );
      let body: JSONContent;
      if (parsed.body === undefined) {
        body = canonicalBody(emptyBody(`b-${generateId()}`));
      } else {
        checkBodySize(parsed.body);
        body = canonicalBody(parsed.body);
      }
      const now = clock().toISOString();
      const roundup: Roundup = {
        id: generateId(),
        ownerId: actor.id,
        meta,
        body,
        status: 'draft',
        workflow: emptyWorkflow(),
        version: 1,
        workflowRevision: 0,
        schemaVersion: currentSchemaVersion,
        createdAt: now,
        updatedAt: now,
      };
      if (!(await storage.insert(roundup, revisionWrite(actor, null, roundup, 'created')))) {
        throw internalError(`generated roundup id "${roundup.id}" is already taken`);
      }
      stored(roundup);
      return roundup;
    },

    async get(actor, id) {
      let roundup = await load(id);
      if (roundup.status === 'scheduled' && roundup.workflow.scheduledFor !== null && Date.parse(roundup.workflow.scheduledFor) <= clock().getTime()) {
        await this.publishDue();
        roundup = await load(id);
      }
      assertAllowed(actor, 'read', roundup);
      recent.remember(roundup);
      return roundup;
    },

    async save(actor, id, request, saveOptions = {}) {
      const parsed = parseOrThrow(saveRoundupRequestSchema, request);
      const key = parseIdempotencyKey(saveOptions.idempotencyKey);
      checkBodySize(parsed.body);
      const requestFingerprint =
        key === undefined
          ? undefined
          : hashText(canonicalJson({ actor: actor.id, id, baseVersion: parsed.baseVersion, meta: parsed.meta, body: parsed.body }));
      if (key !== undefined && requestFingerprint !== undefined) {
        const replayed = await replay(key, requestFingerprint);
        if (replayed !== null) return replayedRoundup(replayed);
      }

      const body = canonicalBody(parsed.body);
      for (let attempt = 0; ; attempt += 1) {
        const current = attempt === 0 ? await currentFor(id, parsed.baseVersion) : await load(id);
        checkCanSaveOn(actor, current, parsed.baseVersion);
        const unchanged = sameJson(body, current.body) && sameJson(parsed.meta, current.meta);
        const committed = await commit(current, unchanged ? null : nextVersion(current, parsed.meta, body).next, {
          actor,
          key,
          requestFingerprint,
          resultOf: (saved) => saved,
          fromReplay: replayedRoundup,
          mayRetry: attempt < maxRetries,
        });
        if (committed.kind === 'done') return committed.result;
      }
    },

    async saveChanges(actor, id, request, saveOptions = {}) {
      const parsed = parseOrThrow(saveRoundupChangesRequestSchema, request);
      const key = parseIdempotencyKey(saveOptions.idempotencyKey);
      const requestFingerprint =
        key === undefined
          ? undefined
          : hashText(
              canonicalJson({
                kind: 'changes',
                actor: actor.id,
                id,
                baseVersion: parsed.baseVersion,
                meta: parsed.meta ?? null,
                briefOrder: parsed.briefOrder,
                briefs: parsed.briefs,
              }),
            );
      if (key !== undefined && requestFingerprint !== undefined) {
        const replayed = await replay(key, requestFingerprint);
        if (replayed !== null) return receiptOf(replayed);
      }

      const changes = prepareBriefChanges(parsed);
      for (let attempt = 0; ; attempt += 1) {
        const current = attempt === 0 ? await currentFor(id, parsed.baseVersion) : await load(id);
        checkCanSaveOn(actor, current, parsed.baseVersion);
        const body = mergeBriefChanges(current, changes);
        checkBodySize(body);
        const meta = parsed.meta ?? current.meta;
        // Briefs not sent are the stored objects themselves, so this compares only what was sent.
        const unchanged = sameJson(body, current.body) && sameJson(meta, current.meta);
        const planned = unchanged ? null : nextVersion(current, meta, body);
        const reopened = planned?.reopened ?? [];
        const committed = await commit(current, planned?.next ?? null, {
          actor,
          key,
          requestFingerprint,
          resultOf: (saved) => ({ ...receiptOf(saved), ...(reopened.length > 0 ? { reopenedBriefIds: reopened } : {}) }),
          fromReplay: receiptOf,
          mayRetry: attempt < maxRetries,
        });
        if (committed.kind === 'done') return committed.result;
      }
    },

    async act(actor, id, request) {
      const parsed = parseOrThrow(roundupActionRequestSchema, request);
      for (let attempt = 0; attempt <= maxRetries; attempt += 1) {
        const current = (attempt === 0 ? recent.get(id) : undefined) ?? (await load(id));
        assertAllowed(actor, 'read', current);
        const outcome = takeAction(actor, current, parsed, clock());
        const next: Roundup = { ...current, status: outcome.status, workflow: outcome.workflow, workflowRevision: outcome.event.revision };
        const expected = { version: current.version, workflowRevision: current.workflowRevision };
        if (await storage.update(next, expected, { previous: current, events: [outcome.event] })) {
          recent.remember(next);
          announce(actor, next, parsed.action, outcome.event.briefId);
          return next;
        }
        // Someone saved or reviewed meanwhile: judge the action again on what is there now.
        recent.forget(id);
      }
      throw new ServiceError('version_conflict', 'the roundup kept changing while this action was taken; try again', {
        current: await load(id),
      });
    },

    async publishDue() {
      const scheduled = (await storage.list({ status: 'scheduled', scheduledBy: clock().toISOString() })).filter((summary) => isDue(summary, clock()));
      let published = 0;
      for (const summary of scheduled) {
        const current = await load(summary.id);
        const due = current.workflow.scheduledFor !== null && Date.parse(current.workflow.scheduledFor) <= clock().getTime();
        if (current.status !== 'scheduled' || !due) continue;
        try {
          await this.act(scheduler, current.id, { action: 'publish' });
          published += 1;
        } catch (error) {
          // Someone published, unpublished or rescheduled it meanwhile: the next round looks again.
          if (!(error instanceof ServiceError)) throw error;
        }
      }
      return published;
    },

    async revisions(actor, id, query) {
      const parsed = parseOrThrow(listRevisionsQuerySchema, query);
      if (!roundupIdSchema.safeParse(id).success) throw notFound(id);
      // The summary says whether it exists and who may read it, without reading the body; the page (one more than
      // asked, to know whether another follows) is read at the same time.
      const [found, read] = await Promise.all([
        storage.list({ ids: [id], limit: 1 }),
        storage.listRevisions(id, { before: parsed.before, limit: parsed.limit + 1 }),
      ]);
      const summary = found[0];
      if (summary === undefined) throw notFound(id);
      assertAllowed(actor, 'read', summary);
      const page = read.slice(0, parsed.limit);
      const last = page.at(-1);
      return {
        items: page.map(revisionSummary),
        nextBefore: read.length > page.length && last !== undefined ? last.version : null,
      };
    },

    async revision(actor, id, version) {
      const current = await load(id);
      assertAllowed(actor, 'read', current);
      const found = await revisionDocument(id, version);
      return { revision: revisionSummary(found.revision), meta: found.meta, body: found.body };
    },

    async restore(actor, id, version, request) {
      const parsed = parseOrThrow(restoreRevisionRequestSchema, request);
      for (let attempt = 0; ; attempt += 1) {
        const current = attempt === 0 ? await currentFor(id, parsed.baseVersion) : await load(id);
        checkCanSaveOn(actor, current, parsed.baseVersion);
        const old = await revisionDocument(id, version);
        let meta = current.meta;
        let body: JSONContent;
        if (parsed.briefIds === undefined) {
          const restoredMeta = roundupMetadataSchema.safeParse(old.meta);
          if (!restoredMeta.success) throw internalError(`the metadata of revision ${version} does not match the schema`);
          meta = restoredMeta.data;
          body = old.body;
        } else {
          body = withBriefsRestored(current.body, old.body, parsed.briefIds);
        }
        checkBodySize(body);
        body = canonicalBody(body);
        const unchanged = sameJson(body, current.body) && sameJson(meta, current.meta);
        const committed = await commit(current, unchanged ? null : nextVersion(current, meta, body).next, {
          actor,
          key: undefined,
          requestFingerprint: undefined,
          resultOf: (saved) => saved,
          fromReplay: replayedRoundup,
          mayRetry: attempt < maxRetries,
          revision: { kind: 'restored', restoredFrom: version },
        });
        if (committed.kind === 'done') return committed.result;
      }
    },

    async events(actor, id) {
      const current = await load(id);
      assertAllowed(actor, 'read', current);
      return { items: await storage.listEvents(id) };
    },

    async remove(actor, id) {
      for (let attempt = 0; attempt <= maxRetries; attempt += 1) {
        const current = await load(id);
        assertAllowed(actor, 'delete', current);
        assertDeletable(current);
        recent.forget(id);
        const expected = { version: current.version, workflowRevision: current.workflowRevision };
        const record = {
          roundupId: current.id,
          headline: typeof current.meta.headline === 'string' ? current.meta.headline : '',
          status: current.status,
          ownerId: current.ownerId,
          deletedAt: clock().toISOString(),
          deletedBy: { id: actor.id, name: actor.name, role: actor.role },
        };
        if (await storage.delete(id, expected, record)) {
          announce(actor, current, 'delete');
          return;
        }
        // Saved, reviewed (perhaps published) or deleted meanwhile: judge again on what is there now.
      }
      throw new ServiceError('version_conflict', 'the roundup kept changing while it was being deleted; try again', {
        current: await load(id),
      });
    },

    async deletions(actor, query) {
      if (actor.role !== 'desk' && actor.role !== 'admin') throw forbidden('only desks and admins read the deletion log');
      const parsed = parseOrThrow(listDeletionsQuerySchema, query);
      return { items: await storage.listDeletions(parsed.limit) };
    },
  };
}

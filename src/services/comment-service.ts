import type { JSONContent } from '@tiptap/core';
import type { z } from 'zod/mini';
import {
  commentThreadIdSchema,
  createCommentThreadRequestSchema,
  moveCommentAnchorRequestSchema,
  replyToCommentRequestSchema,
  type Comment,
  type CommentTarget,
  type CommentThread,
  type CommentThreadsResponse,
  type CreateCommentThreadRequest,
  type MoveCommentAnchorRequest,
  type ReplyToCommentRequest,
} from '../contract/comment-endpoints';
import { fieldIssuesFromZodError } from '../contract/field-issues-from-zod';
import type { PeopleResponse } from '../contract/user-endpoints';
import type { Roundup } from '../schema/roundup';
import type { Actor } from './actor';
import type { ChangeFeed } from './change-feed';
import { briefText, textTargetFor } from './comment-anchor';
import type { CommentStorage } from './comment-storage';
import type { RoundupService } from './roundup-service';
import { forbidden, internalError, ServiceError, validationFailed } from './service-error';

export interface CommentServiceOptions {
  storage: CommentStorage;
  /** Reads the roundup as the actor may see it: whoever may read a roundup may comment on it. */
  roundups: Pick<RoundupService, 'get'>;
  /** Who can be mentioned. */
  people: () => Promise<PeopleResponse>;
  clock: () => Date;
  generateId: () => string;
  changes?: ChangeFeed;
}

export interface CommentService {
  list(actor: Actor, roundupId: string): Promise<CommentThreadsResponse>;
  /** Opens a thread on a text range, a brief or a photo that is in the roundup now. */
  open(actor: Actor, roundupId: string, request: CreateCommentThreadRequest): Promise<CommentThread>;
  reply(actor: Actor, roundupId: string, threadId: string, request: ReplyToCommentRequest): Promise<CommentThread>;
  /** Resolves (or reopens) a thread; doing what is already done changes nothing. */
  setResolved(actor: Actor, roundupId: string, threadId: string, resolved: boolean): Promise<CommentThread>;
  /** Moves a text anchor to where the edited text now puts it, within the same brief. */
  moveAnchor(actor: Actor, roundupId: string, threadId: string, request: MoveCommentAnchorRequest): Promise<CommentThread>;
  /** Only the thread's opener or an admin may delete it. */
  remove(actor: Actor, roundupId: string, threadId: string): Promise<void>;
  /** The roundup was deleted: its threads go too. */
  removeAllOf(roundupId: string): Promise<void>;
}

const maxRetries = 3;

function parseOrThrow<Schema extends z.ZodMiniType>(schema: Schema, value: unknown): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed(fieldIssuesFromZodError(result.error));
  return result.data;
}

function threadNotFound(threadId: string): ServiceError {
  return new ServiceError('not_found', `comment thread "${threadId}" does not exist`);
}

function briefOf(roundup: Roundup, briefId: string): { brief: JSONContent; position: number } | null {
  const briefs = roundup.body.content ?? [];
  const index = briefs.findIndex((brief) => brief.attrs?.id === briefId);
  return index < 0 ? null : { brief: briefs[index]!, position: index + 1 };
}

function hasPhoto(brief: JSONContent, photoId: string): boolean {
  return (brief.content ?? []).some((child) => child.type === 'figure' && child.attrs?.photoId === photoId);
}

/**
 * The target as stored: checked against the roundup as it is now. A text target must quote text the brief holds;
 * the copy nearest the given offset is taken, and the context is recomputed from the stored text.
 */
function checkedTarget(roundup: Roundup, target: CommentTarget): CommentTarget {
  const found = briefOf(roundup, target.briefId);
  if (found === null) {
    throw validationFailed([{ path: 'target.briefId', message: `brief "${target.briefId}" is not in the roundup` }]);
  }
  if (target.kind === 'brief') return target;
  if (target.kind === 'photo') {
    if (!hasPhoto(found.brief, target.photoId)) {
      throw validationFailed([{ path: 'target.photoId', message: `brief ${found.position} has no photo "${target.photoId}"` }]);
    }
    return target;
  }
  const text = briefText(found.brief);
  let best: number | undefined;
  for (let at = text.indexOf(target.quote); at !== -1; at = text.indexOf(target.quote, at + 1)) {
    if (best === undefined || Math.abs(at - target.start) < Math.abs(best - target.start)) best = at;
  }
  if (best === undefined) {
    throw validationFailed([{ path: 'target.quote', message: `brief ${found.position} does not contain the quoted text (it may have been edited meanwhile)` }]);
  }
  return textTargetFor(target.briefId, text, best, best + target.quote.length);
}

export function createCommentService(options: CommentServiceOptions): CommentService {
  const { storage, clock, generateId } = options;

  async function mentioned(ids: readonly string[]): Promise<Comment['mentions']> {
    if (ids.length === 0) return [];
    const people = new Map((await options.people()).items.map((person) => [person.id, person]));
    const unknown = ids.flatMap((id, index) => (people.has(id) ? [] : [{ path: `mentions[${index}]`, message: `nobody has the id "${id}"` }]));
    if (unknown.length > 0) throw validationFailed(unknown, 'a mentioned person does not exist');
    return [...new Set(ids)].map((id) => ({ id, name: people.get(id)!.name }));
  }

  function commentBy(actor: Actor, body: string, mentions: Comment['mentions']): Comment {
    return { id: generateId(), author: { id: actor.id, name: actor.name, role: actor.role }, body, mentions, at: clock().toISOString() };
  }

  function announce(actor: Actor, roundup: Roundup, threadId: string): void {
    options.changes?.publish({
      roundupId: roundup.id,
      kind: 'comment',
      status: roundup.status,
      version: roundup.version,
      workflowRevision: roundup.workflowRevision,
      by: { id: actor.id, name: actor.name },
      at: clock().toISOString(),
      threadId,
    });
  }

  async function threadOf(roundupId: string, threadId: string): Promise<CommentThread> {
    if (!commentThreadIdSchema.safeParse(threadId).success) throw threadNotFound(threadId);
    const thread = await storage.getThread(threadId);
    if (thread === null || thread.roundupId !== roundupId) throw threadNotFound(threadId);
    return thread;
  }

  /** Applies `change` to the stored thread by compare-and-set, trying again on a concurrent change. */
  async function changeThread(
    actor: Actor,
    roundupId: string,
    threadId: string,
    change: (thread: CommentThread, roundup: Roundup) => CommentThread | null,
  ): Promise<CommentThread> {
    const roundup = await options.roundups.get(actor, roundupId);
    for (let attempt = 0; attempt <= maxRetries; attempt += 1) {
      const current = await threadOf(roundupId, threadId);
      const changed = change(current, roundup);
      if (changed === null) return current;
      const next: CommentThread = { ...changed, revision: current.revision + 1, updatedAt: clock().toISOString() };
      if (await storage.updateThread(next, current.revision)) {
        announce(actor, roundup, threadId);
        return next;
      }
    }
    throw new ServiceError('version_conflict', 'the comment thread kept changing; try again');
  }

  return {
    async list(actor, roundupId) {
      await options.roundups.get(actor, roundupId);
      return { items: await storage.listThreads(roundupId) };
    },

    async open(actor, roundupId, request) {
      const parsed = parseOrThrow(createCommentThreadRequestSchema, request);
      const roundup = await options.roundups.get(actor, roundupId);
      const target = checkedTarget(roundup, parsed.target);
      const first = commentBy(actor, parsed.body, await mentioned(parsed.mentions));
      const thread: CommentThread = {
        id: generateId(),
        roundupId,
        target,
        comments: [first],
        resolved: null,
        createdAt: first.at,
        updatedAt: first.at,
        revision: 1,
      };
      if (!(await storage.insertThread(thread))) throw internalError(`generated thread id "${thread.id}" is already taken`);
      announce(actor, roundup, thread.id);
      return thread;
    },

    async reply(actor, roundupId, threadId, request) {
      const parsed = parseOrThrow(replyToCommentRequestSchema, request);
      const mentions = await mentioned(parsed.mentions);
      const reply = commentBy(actor, parsed.body, mentions);
      // Answering a resolved thread reopens it: the answer asks for attention.
      return changeThread(actor, roundupId, threadId, (thread) => ({ ...thread, comments: [...thread.comments, reply], resolved: null }));
    },

    async setResolved(actor, roundupId, threadId, resolved) {
      return changeThread(actor, roundupId, threadId, (thread) => {
        if ((thread.resolved !== null) === resolved) return null;
        return { ...thread, resolved: resolved ? { by: { id: actor.id, name: actor.name }, at: clock().toISOString() } : null };
      });
    },

    async moveAnchor(actor, roundupId, threadId, request) {
      const parsed = parseOrThrow(moveCommentAnchorRequestSchema, request);
      return changeThread(actor, roundupId, threadId, (thread, roundup) => {
        if (thread.target.kind !== 'text' || parsed.target.kind !== 'text' || parsed.target.briefId !== thread.target.briefId) {
          throw validationFailed([{ path: 'target', message: 'only a text anchor moves, and only within its own brief' }]);
        }
        const target = checkedTarget(roundup, parsed.target);
        return JSON.stringify(target) === JSON.stringify(thread.target) ? null : { ...thread, target };
      });
    },

    async remove(actor, roundupId, threadId) {
      const roundup = await options.roundups.get(actor, roundupId);
      const thread = await threadOf(roundupId, threadId);
      if (thread.comments[0]?.author.id !== actor.id && actor.role !== 'admin') {
        throw forbidden('only who opened a thread (or an admin) may delete it; resolve it instead');
      }
      if (!(await storage.deleteThread(threadId))) throw threadNotFound(threadId);
      announce(actor, roundup, threadId);
    },

    async removeAllOf(roundupId) {
      await storage.deleteThreadsOf(roundupId);
    },
  };
}

import { deletionsResponseSchema, listDeletionsQuerySchema } from '../contract/deletion-endpoints';
import { z } from 'zod/mini';
import { apiErrorBodySchema } from '../contract/api-error';
import { setupPath, setupRequestSchema } from '../contract/setup-endpoints';
import type { apiErrorCodes} from '../contract/error-codes';
import { apiErrorStatus } from '../contract/error-codes';
import { photoFileNameSchema, photoSchema } from '../contract/photo-endpoints';
import {
  createRoundupRequestSchema,
  listRoundupsQuerySchema,
  listRoundupsResponseSchema,
  roundupResponseSchema,
  saveReceiptSchema,
  saveRoundupChangesRequestSchema,
  saveRoundupRequestSchema,
} from '../contract/roundup-endpoints';
import { apiRoutePatterns, apiRoutes, idempotencyKeyHeader } from '../contract/routes';
import { roundupActionRequestSchema, roundupEventsResponseSchema } from '../contract/workflow-endpoints';
import { lockRequestSchema, lockResponseSchema } from '../contract/lock-endpoints';
import { roundupChangeSchema } from '../contract/live-endpoints';
import { notificationsResponseSchema } from '../contract/notification-endpoints';
import { exportQuerySchema, importRequestSchema, importResponseSchema } from '../contract/import-endpoints';
import {
  listRevisionsQuerySchema,
  restoreRevisionRequestSchema,
  revisionResponseSchema,
  revisionsResponseSchema,
} from '../contract/revision-endpoints';
import {
  commentThreadSchema,
  commentThreadsResponseSchema,
  createCommentThreadRequestSchema,
  moveCommentAnchorRequestSchema,
  replyToCommentRequestSchema,
} from '../contract/comment-endpoints';
import {
  accountListResponseSchema,
  accountSchema,
  accountWithPasswordResponseSchema,
  changeOwnPasswordRequestSchema,
  createAccountRequestSchema,
  resetPasswordRequestSchema,
  updateAccountRequestSchema,
} from '../contract/account-endpoints';
import { csrfHeaderName, peopleResponseSchema, sessionCookieName, sessionResponseSchema, signInRequestSchema } from '../contract/user-endpoints';

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

function errors(...codes: Array<(typeof apiErrorCodes)[number]>) {
  return Object.fromEntries(codes.map((code) => [String(apiErrorStatus[code]), errorResponse(codes.filter((other) => apiErrorStatus[other] === apiErrorStatus[code]).join(' | '))]));
}

const imageFile = { '200': { description: 'image bytes', content: { 'image/*': { schema: { type: 'string', format: 'binary' } } } } };

const json = (ref: string) => ({ content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } });

/** `:id` → `{id}` */
function openApiPath(pattern: string): string {
  return pattern.replace(/:(\w+)/g, '{$1}');
}

/**
 * The query parameters of an operation, read from the zod schema its route parses `c.req.query()` with, so the
 * document cannot list a parameter the route ignores or miss one it reads.
 */
function queryParameters<Schema extends z.ZodMiniType>(
  schema: Schema,
  descriptions: Partial<Record<keyof z.input<Schema> & string, string>> = {},
): JsonSchema[] {
  const { properties = {}, required = [] } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  const described: Partial<Record<string, string>> = descriptions;
  return Object.entries(properties).map(([name, parameterSchema]) => {
    const description = described[name];
    return { name, in: 'query', required: required.includes(name), schema: parameterSchema, ...(description === undefined ? {} : { description }) };
  });
}

const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const versionParameter = { name: 'version', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const threadParameter = { name: 'threadId', in: 'path', required: true, schema: { type: 'string' } };

/** The OpenAPI 3.1 document of the API, generated from the zod schemas in `src/contract` (served at /api/openapi.json). */
export function buildOpenApiDocument(): JsonSchema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Bureau API',
      version: '1.0.0',
      description: `Roundups, photos and sessions. Errors are { error: { code, message, details? } } with a stable code. State-changing requests must send ${csrfHeaderName}: web. Saves send the version they are based on and get 409 with the current roundup when it is stale.`,
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: sessionCookieName } },
      schemas: {
        Error: schemaOf(apiErrorBodySchema, 'output'),
        SignInRequest: schemaOf(signInRequestSchema, 'input'),
        SetupRequest: schemaOf(setupRequestSchema, 'input'),
        Session: schemaOf(sessionResponseSchema, 'output'),
        People: schemaOf(peopleResponseSchema, 'output'),
        Account: schemaOf(accountSchema, 'output'),
        AccountList: schemaOf(accountListResponseSchema, 'output'),
        AccountWithPassword: schemaOf(accountWithPasswordResponseSchema, 'output'),
        CreateAccountRequest: schemaOf(createAccountRequestSchema, 'input'),
        UpdateAccountRequest: schemaOf(updateAccountRequestSchema, 'input'),
        ResetPasswordRequest: schemaOf(resetPasswordRequestSchema, 'input'),
        ChangeOwnPasswordRequest: schemaOf(changeOwnPasswordRequestSchema, 'input'),
        RoundupList: schemaOf(listRoundupsResponseSchema, 'output'),
        CreateRoundupRequest: schemaOf(createRoundupRequestSchema, 'input'),
        SaveRoundupRequest: schemaOf(saveRoundupRequestSchema, 'input'),
        SaveRoundupChangesRequest: schemaOf(saveRoundupChangesRequestSchema, 'input'),
        SaveReceipt: schemaOf(saveReceiptSchema, 'output'),
        RoundupActionRequest: schemaOf(roundupActionRequestSchema, 'input'),
        RoundupEvents: schemaOf(roundupEventsResponseSchema, 'output'),
        LockRequest: schemaOf(lockRequestSchema, 'input'),
        LockResponse: schemaOf(lockResponseSchema, 'output'),
        Notifications: schemaOf(notificationsResponseSchema, 'output'),
        RoundupChange: schemaOf(roundupChangeSchema, 'output'),
        ImportRequest: schemaOf(importRequestSchema, 'input'),
        ImportResponse: schemaOf(importResponseSchema, 'output'),
        Revisions: schemaOf(revisionsResponseSchema, 'output'),
        Deletions: schemaOf(deletionsResponseSchema, 'output'),
        Revision: schemaOf(revisionResponseSchema, 'output'),
        RestoreRevisionRequest: schemaOf(restoreRevisionRequestSchema, 'input'),
        CommentThreads: schemaOf(commentThreadsResponseSchema, 'output'),
        CommentThread: schemaOf(commentThreadSchema, 'output'),
        CreateCommentThreadRequest: schemaOf(createCommentThreadRequestSchema, 'input'),
        ReplyToCommentRequest: schemaOf(replyToCommentRequestSchema, 'input'),
        MoveCommentAnchorRequest: schemaOf(moveCommentAnchorRequestSchema, 'input'),
        Roundup: schemaOf(roundupResponseSchema, 'output'),
        Photo: schemaOf(photoSchema, 'output'),
      },
    },
    security: [{ session: [] }],
    paths: {
      '/api/session': {
        post: {
          summary: 'Sign in',
          security: [],
          requestBody: { required: true, ...json('SignInRequest') },
          responses: { '200': { description: 'signed in; sets the session cookie', ...json('Session') }, ...errors('validation_failed', 'unauthenticated', 'forbidden', 'account_deactivated', 'too_many_attempts') },
        },
        delete: { summary: 'Sign out', responses: { '204': { description: 'signed out' } } },
      },
      [setupPath]: {
        post: {
          summary: 'Create the first admin of a server started without accounts and demo data, with the token of the link it printed; signs them in',
          security: [],
          requestBody: { required: true, ...json('SetupRequest') },
          responses: {
            '201': { description: 'the first admin, signed in; sets the session cookie', ...json('Session') },
            ...errors('validation_failed', 'invalid_setup_token', 'already_set_up', 'forbidden'),
          },
        },
      },
      '/api/people': {
        get: { summary: 'Everyone with an account, by name and role (no emails)', responses: { '200': { description: 'people', ...json('People') }, ...errors('unauthenticated') } },
      },
      [apiRoutes.health]: {
        get: {
          summary: 'Whether a Bureau server (or the in-browser mock) answers, and which storage it uses',
          security: [],
          responses: {
            '200': {
              description: 'ok, with a description of the backend',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { ok: { const: true } }, required: ['ok'], additionalProperties: { type: ['string', 'number', 'boolean'] } },
                },
              },
            },
          },
        },
      },
      [apiRoutes.openApi]: {
        get: {
          summary: 'This document',
          security: [],
          responses: { '200': { description: 'the OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
      '/api/me': {
        get: { summary: 'The signed-in user', responses: { '200': { description: 'the session', ...json('Session') }, ...errors('unauthenticated') } },
      },
      [apiRoutes.myPassword]: {
        post: {
          summary: 'Change my own password; my other sessions end, this one stays',
          requestBody: { required: true, ...json('ChangeOwnPasswordRequest') },
          responses: { '204': { description: 'changed' }, ...errors('validation_failed', 'weak_password', 'unauthenticated', 'wrong_password', 'too_many_attempts') },
        },
      },
      [openApiPath(apiRoutePatterns.users)]: {
        get: {
          summary: 'Every account with its role, whether it is active and when it last signed in (admins)',
          responses: { '200': { description: 'accounts', ...json('AccountList') }, ...errors('unauthenticated', 'forbidden') },
        },
        post: {
          summary: 'Create an account (admins); without a password, a temporary one is made and answered once',
          requestBody: { required: true, ...json('CreateAccountRequest') },
          responses: {
            '201': { description: 'created', ...json('AccountWithPassword') },
            ...errors('validation_failed', 'weak_password', 'unauthenticated', 'forbidden', 'email_taken'),
          },
        },
      },
      [openApiPath(apiRoutePatterns.user)]: {
        patch: {
          summary: 'Change the name, role or active flag of an account (admins); deactivating ends its sessions',
          parameters: [idParameter],
          requestBody: { required: true, ...json('UpdateAccountRequest') },
          responses: {
            '200': { description: 'the account', ...json('Account') },
            ...errors('validation_failed', 'unauthenticated', 'forbidden', 'not_found', 'last_admin'),
          },
        },
      },
      [openApiPath(apiRoutePatterns.userPassword)]: {
        post: {
          summary: 'Set a new or temporary password for an account (admins); its sessions end',
          parameters: [idParameter],
          requestBody: { required: true, ...json('ResetPasswordRequest') },
          responses: {
            '200': { description: 'the account, and the temporary password when one was made', ...json('AccountWithPassword') },
            ...errors('validation_failed', 'weak_password', 'unauthenticated', 'forbidden', 'not_found'),
          },
        },
      },
      [openApiPath(apiRoutePatterns.roundups)]: {
        get: {
          summary: 'List roundups, most recently updated first',
          parameters: queryParameters(listRoundupsQuerySchema, {
            q: 'headline contains',
            status: 'one status',
            ownerId: 'the reporter',
            reviewerId: 'the desk who started the review',
            from: 'last change on or after this day (Korea time)',
            to: 'last change on or before this day (Korea time)',
            cursor: "the previous page's nextCursor: the page after it",
            limit: 'how many per page (default 50)',
          }),
          responses: { '200': { description: 'summaries', ...json('RoundupList') }, ...errors('validation_failed', 'unauthenticated') },
        },
        post: {
          summary: 'Create a roundup (one empty brief unless a body is given)',
          requestBody: { required: true, ...json('CreateRoundupRequest') },
          responses: {
            '201': { description: 'created', ...json('Roundup') },
            ...errors('validation_failed', 'invalid_body', 'unauthenticated', 'forbidden', 'payload_too_large'),
          },
        },
      },
      [openApiPath(apiRoutePatterns.roundup)]: {
        parameters: [idParameter],
        get: { summary: 'One roundup', responses: { '200': { description: 'the roundup', ...json('Roundup') }, ...errors('not_found', 'unauthenticated', 'forbidden') } },
        put: {
          summary: 'Save a new version based on baseVersion',
          parameters: [{ name: idempotencyKeyHeader, in: 'header', required: false, schema: { type: 'string', maxLength: 255 } }],
          requestBody: { required: true, ...json('SaveRoundupRequest') },
          responses: {
            '200': { description: 'saved (or unchanged)', ...json('Roundup') },
            ...errors('validation_failed', 'invalid_body', 'not_found', 'version_conflict', 'payload_too_large', 'unauthenticated', 'forbidden'),
          },
        },
        patch: {
          summary: 'Save only what changed since baseVersion: the brief order, new or edited briefs, metadata if changed',
          parameters: [{ name: idempotencyKeyHeader, in: 'header', required: false, schema: { type: 'string', maxLength: 255 } }],
          requestBody: { required: true, ...json('SaveRoundupChangesRequest') },
          responses: {
            '200': { description: 'saved (or unchanged): the version now stored', ...json('SaveReceipt') },
            ...errors('validation_failed', 'invalid_body', 'not_found', 'version_conflict', 'payload_too_large', 'unauthenticated', 'forbidden'),
          },
        },
        delete: {
          summary: 'Delete a roundup that was never published (one that was is withdrawn instead); the deletion is logged',
          responses: {
            '204': { description: 'deleted' },
            ...errors('not_found', 'unauthenticated', 'forbidden', 'published_roundup_not_deletable', 'version_conflict'),
          },
        },
      },
      [openApiPath(apiRoutePatterns.deletions)]: {
        get: {
          summary: 'The log of deleted roundups, newest first: who deleted which roundup when (desks and admins)',
          parameters: queryParameters(listDeletionsQuerySchema, { limit: 'at most this many (default 100)' }),
          responses: { '200': { description: 'deletions', ...json('Deletions') }, ...errors('validation_failed', 'unauthenticated', 'forbidden') },
        },
      },
      [openApiPath(apiRoutePatterns.roundupActions)]: {
        parameters: [idParameter],
        post: {
          summary: 'Take one review action: submit, withdraw, start review, approve or return a brief, request changes, approve, schedule, publish, unpublish, check layout',
          requestBody: { required: true, ...json('RoundupActionRequest') },
          responses: {
            '200': { description: 'the roundup with its new status and workflow (its document version unchanged)', ...json('Roundup') },
            ...errors('validation_failed', 'not_found', 'invalid_transition', 'version_conflict', 'unauthenticated', 'forbidden'),
          },
        },
      },
      [openApiPath(apiRoutePatterns.roundupLock)]: {
        parameters: [idParameter],
        post: {
          summary: 'Take the edit lock for this tab, or renew it (a heartbeat every 15 s; it expires after 45 s without one)',
          requestBody: { required: true, ...json('LockRequest') },
          responses: {
            '200': { description: 'held by this tab; `lock.takeover` says whether someone asked for it', ...json('LockResponse') },
            ...errors('validation_failed', 'not_found', 'locked', 'unauthenticated', 'forbidden'),
          },
        },
        delete: {
          summary: 'Release the edit lock held by this tab (nothing happens otherwise)',
          requestBody: { required: true, ...json('LockRequest') },
          responses: { '204': { description: 'released' }, ...errors('validation_failed', 'not_found', 'unauthenticated') },
        },
      },
      [openApiPath(apiRoutePatterns.roundupLockTakeover)]: {
        parameters: [idParameter],
        post: {
          summary: 'Ask the holder of the edit lock to hand it over to this tab (it goes ahead after 10 s if the holder does not answer)',
          requestBody: { required: true, ...json('LockRequest') },
          responses: { '200': { description: 'the lock, held or with the request noted', ...json('LockResponse') }, ...errors('validation_failed', 'not_found', 'unauthenticated', 'forbidden') },
        },
      },
      '/api/live': {
        get: {
          summary: 'Server-Sent Events: `event: change` with a RoundupChange for every save, review step and lock change',
          responses: {
            '200': { description: 'an event stream', content: { 'text/event-stream': { schema: { $ref: '#/components/schemas/RoundupChange' } } } },
            ...errors('unauthenticated'),
          },
        },
      },
      '/api/notifications': {
        get: { summary: 'What others did that concerns me, newest first: review steps on my roundups, comments mentioning me, on my roundups or answering my threads', responses: { '200': { description: 'notifications', ...json('Notifications') }, ...errors('unauthenticated') } },
      },
      [openApiPath(apiRoutePatterns.roundupEvents)]: {
        parameters: [idParameter],
        get: {
          summary: 'The review history, oldest first',
          responses: { '200': { description: 'who did what, when, from which status to which', ...json('RoundupEvents') }, ...errors('not_found', 'unauthenticated') },
        },
      },
      [openApiPath(apiRoutePatterns.importText)]: {
        post: {
          summary: 'Read the plain text of a published or wire roundup into the structure of a new draft (nothing is saved)',
          requestBody: { required: true, ...json('ImportRequest') },
          responses: {
            '200': { description: 'metadata, body, warnings and confidence; create the draft with POST /api/roundups', ...json('ImportResponse') },
            ...errors('validation_failed', 'import_failed', 'payload_too_large', 'unauthenticated', 'forbidden'),
          },
        },
      },
      [openApiPath(apiRoutePatterns.roundupExport)]: {
        parameters: [idParameter],
        get: {
          summary: 'The roundup in an exchange format, as a file: wire text, standalone HTML, NewsML-G2 newsItem or IPTC ninjs 2.2',
          parameters: queryParameters(exportQuerySchema),
          responses: {
            '200': {
              description: 'the file, with Content-Disposition: attachment',
              content: {
                'text/plain': { schema: { type: 'string' } },
                'text/html': { schema: { type: 'string' } },
                'application/vnd.iptc.g2.newsitem+xml': { schema: { type: 'string' } },
                'application/json': { schema: { type: 'object' } },
              },
            },
            ...errors('validation_failed', 'not_found', 'unauthenticated', 'forbidden'),
          },
        },
      },
      [openApiPath(apiRoutePatterns.roundupRevisions)]: {
        parameters: [idParameter],
        get: {
          summary: 'The revisions, newest first, a page at a time (old autosaves are thinned)',
          parameters: queryParameters(listRevisionsQuerySchema, {
            before: 'only versions below this (the nextBefore of the page before)',
          }),
          responses: { '200': { description: 'who saved what, when', ...json('Revisions') }, ...errors('validation_failed', 'not_found', 'unauthenticated', 'forbidden') },
        },
      },
      [openApiPath(apiRoutePatterns.roundupRevision)]: {
        parameters: [idParameter, versionParameter],
        get: {
          summary: 'One revision: the whole document as it was saved, migrated to the current schema',
          responses: { '200': { description: 'the revision', ...json('Revision') }, ...errors('validation_failed', 'not_found', 'unauthenticated', 'forbidden') },
        },
      },
      [openApiPath(apiRoutePatterns.roundupRevisionRestore)]: {
        parameters: [idParameter, versionParameter],
        post: {
          summary: 'Restore a revision (or some of its briefs) as a new revision on top of baseVersion; later revisions stay',
          requestBody: { required: true, ...json('RestoreRevisionRequest') },
          responses: {
            '200': { description: 'the roundup at its new version', ...json('Roundup') },
            ...errors('validation_failed', 'invalid_body', 'not_found', 'version_conflict', 'payload_too_large', 'unauthenticated', 'forbidden'),
          },
        },
      },
      [openApiPath(apiRoutePatterns.roundupComments)]: {
        parameters: [idParameter],
        get: {
          summary: 'The comment threads, resolved ones included, oldest first (never part of the document)',
          responses: { '200': { description: 'threads', ...json('CommentThreads') }, ...errors('not_found', 'unauthenticated', 'forbidden') },
        },
        post: {
          summary: 'Open a thread on a text range, a brief or a photo, optionally mentioning people',
          requestBody: { required: true, ...json('CreateCommentThreadRequest') },
          responses: { '201': { description: 'the thread', ...json('CommentThread') }, ...errors('validation_failed', 'not_found', 'unauthenticated', 'forbidden') },
        },
      },
      [openApiPath(apiRoutePatterns.roundupCommentThread)]: {
        parameters: [idParameter, threadParameter],
        delete: {
          summary: 'Delete a thread (its opener or an admin)',
          responses: { '204': { description: 'deleted' }, ...errors('not_found', 'unauthenticated', 'forbidden') },
        },
      },
      [openApiPath(apiRoutePatterns.roundupCommentReplies)]: {
        parameters: [idParameter, threadParameter],
        post: {
          summary: 'Answer a thread (an answer reopens a resolved thread)',
          requestBody: { required: true, ...json('ReplyToCommentRequest') },
          responses: { '200': { description: 'the thread', ...json('CommentThread') }, ...errors('validation_failed', 'not_found', 'version_conflict', 'unauthenticated', 'forbidden') },
        },
      },
      [openApiPath(apiRoutePatterns.roundupCommentResolve)]: {
        parameters: [idParameter, threadParameter],
        post: { summary: 'Resolve a thread', responses: { '200': { description: 'the thread', ...json('CommentThread') }, ...errors('not_found', 'version_conflict', 'unauthenticated', 'forbidden') } },
      },
      [openApiPath(apiRoutePatterns.roundupCommentReopen)]: {
        parameters: [idParameter, threadParameter],
        post: { summary: 'Reopen a resolved thread', responses: { '200': { description: 'the thread', ...json('CommentThread') }, ...errors('not_found', 'version_conflict', 'unauthenticated', 'forbidden') } },
      },
      [openApiPath(apiRoutePatterns.roundupCommentAnchor)]: {
        parameters: [idParameter, threadParameter],
        put: {
          summary: 'Move a text anchor to where the edited text now puts it (same brief)',
          requestBody: { required: true, ...json('MoveCommentAnchorRequest') },
          responses: { '200': { description: 'the thread', ...json('CommentThread') }, ...errors('validation_failed', 'not_found', 'version_conflict', 'unauthenticated', 'forbidden') },
        },
      },
      [openApiPath(apiRoutePatterns.photos)]: {
        post: {
          summary: 'Upload a photo (multipart field "file", or the raw image as the body)',
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } },
              'image/*': { schema: { type: 'string', format: 'binary' } },
            },
          },
          responses: {
            '201': { description: 'stored', ...json('Photo') },
            ...errors('validation_failed', 'payload_too_large', 'unsupported_media_type', 'unauthenticated', 'forbidden'),
          },
        },
      },
      [openApiPath(apiRoutePatterns.photo)]: {
        parameters: [idParameter],
        get: {
          summary: 'The original photo (metadata stripped)',
          responses: { ...imageFile, ...errors('validation_failed', 'not_found', 'unauthenticated') },
        },
      },
      [`${openApiPath(apiRoutePatterns.photo)}/meta`]: {
        parameters: [idParameter],
        get: {
          summary: "The photo's record: size, type and the URLs of its files",
          responses: { '200': { description: 'the photo', ...json('Photo') }, ...errors('validation_failed', 'not_found', 'unauthenticated') },
        },
      },
      [openApiPath(apiRoutePatterns.photoFile)]: {
        parameters: [
          idParameter,
          { name: 'name', in: 'path', required: true, schema: schemaOf(photoFileNameSchema, 'input') },
          {
            name: 'v',
            in: 'query',
            required: false,
            schema: { type: 'string' },
            description: 'the content hash; ignored by the server, it only changes the URL when the bytes change',
          },
        ],
        get: {
          summary: 'One file of a photo: the original or a WebP web size, cached for a year (its ETag is the content hash)',
          responses: { ...imageFile, '304': { description: 'not modified (If-None-Match)' }, ...errors('validation_failed', 'not_found', 'unauthenticated') },
        },
      },
    },
  };
}

import type { PhotoFileName } from './photo-endpoints';

/** Every API path, in one place, for the server, the mock and the client. */
export const apiRoutes = {
  session: '/api/session',
  me: '/api/me',
  people: '/api/people',
  /** POST to change one's own password. */
  myPassword: '/api/me/password',
  /** GET every account, POST to create one (admins only). */
  users: '/api/users',
  /** PATCH an account's name, role or active flag (admins only). */
  user: (id: string) => `/api/users/${encodeURIComponent(id)}`,
  /** POST to set a new or temporary password for an account (admins only). */
  userPassword: (id: string) => `/api/users/${encodeURIComponent(id)}/password`,
  /** Server-Sent Events of changes to roundups. */
  live: '/api/live',
  notifications: '/api/notifications',
  health: '/api/health',
  openApi: '/api/openapi.json',
  roundups: '/api/roundups',
  /** GET the log of deleted roundups (desks and admins). */
  deletions: '/api/deletions',
  /** POST the text of a published or wire roundup; answers its structure (nothing is saved). */
  importText: '/api/import',
  /** GET a roundup in an exchange format: wire text, standalone HTML, NewsML-G2 or ninjs. */
  roundupExport: (id: string, format: string) => `/api/roundups/${encodeURIComponent(id)}/export?format=${encodeURIComponent(format)}`,
  roundup: (id: string) => `/api/roundups/${encodeURIComponent(id)}`,
  /** POST one review action (submit, approve a brief, publish …). */
  roundupActions: (id: string) => `/api/roundups/${encodeURIComponent(id)}/actions`,
  /** POST to take or renew the edit lock, DELETE to release it. */
  roundupLock: (id: string) => `/api/roundups/${encodeURIComponent(id)}/lock`,
  /** POST to ask the holder of the edit lock to hand it over. */
  roundupLockTakeover: (id: string) => `/api/roundups/${encodeURIComponent(id)}/lock/takeover`,
  /** GET the review history. */
  roundupEvents: (id: string) => `/api/roundups/${encodeURIComponent(id)}/events`,
  /** GET the revisions, newest first. */
  roundupRevisions: (id: string) => `/api/roundups/${encodeURIComponent(id)}/revisions`,
  /** GET one revision's whole document. */
  roundupRevision: (id: string, version: number) => `/api/roundups/${encodeURIComponent(id)}/revisions/${version}`,
  /** POST to restore a revision (or some of its briefs) as a new revision. */
  roundupRevisionRestore: (id: string, version: number) => `/api/roundups/${encodeURIComponent(id)}/revisions/${version}/restore`,
  /** GET the comment threads, POST to open one. */
  roundupComments: (id: string) => `/api/roundups/${encodeURIComponent(id)}/comments`,
  /** DELETE a thread. */
  roundupCommentThread: (id: string, threadId: string) =>
    `/api/roundups/${encodeURIComponent(id)}/comments/${encodeURIComponent(threadId)}`,
  /** POST a reply to a thread. */
  roundupCommentReplies: (id: string, threadId: string) =>
    `/api/roundups/${encodeURIComponent(id)}/comments/${encodeURIComponent(threadId)}/replies`,
  /** POST to resolve a thread. */
  roundupCommentResolve: (id: string, threadId: string) =>
    `/api/roundups/${encodeURIComponent(id)}/comments/${encodeURIComponent(threadId)}/resolve`,
  /** POST to reopen a resolved thread. */
  roundupCommentReopen: (id: string, threadId: string) =>
    `/api/roundups/${encodeURIComponent(id)}/comments/${encodeURIComponent(threadId)}/reopen`,
  /** PUT a text anchor where the edited text now puts it. */
  roundupCommentAnchor: (id: string, threadId: string) =>
    `/api/roundups/${encodeURIComponent(id)}/comments/${encodeURIComponent(threadId)}/anchor`,
  photos: '/api/photos',
  photo: (id: string) => `/api/photos/${encodeURIComponent(id)}`,
  /**
   * One file of a photo, addressed by its content hash. `v` only makes the URL change when the bytes do, so the
   * browser and any proxy may cache it forever (a query string rather than a path segment: a link made before
   * the file was regenerated still gets the current file, not a 404). The server ignores `v` when serving.
   */
  photoFile: (id: string, name: PhotoFileName, contentHash: string) =>
    `/api/photos/${encodeURIComponent(id)}/${name}?v=${encodeURIComponent(contentHash)}`,
} as const;

/** Route patterns in the `:param` form that MSW and Hono share. */
export const apiRoutePatterns = {
  roundups: '/api/roundups',
  deletions: '/api/deletions',
  roundup: '/api/roundups/:id',
  roundupActions: '/api/roundups/:id/actions',
  roundupEvents: '/api/roundups/:id/events',
  roundupExport: '/api/roundups/:id/export',
  importText: '/api/import',
  roundupRevisions: '/api/roundups/:id/revisions',
  roundupRevision: '/api/roundups/:id/revisions/:version',
  roundupRevisionRestore: '/api/roundups/:id/revisions/:version/restore',
  roundupComments: '/api/roundups/:id/comments',
  roundupCommentThread: '/api/roundups/:id/comments/:threadId',
  roundupCommentReplies: '/api/roundups/:id/comments/:threadId/replies',
  roundupCommentResolve: '/api/roundups/:id/comments/:threadId/resolve',
  roundupCommentReopen: '/api/roundups/:id/comments/:threadId/reopen',
  roundupCommentAnchor: '/api/roundups/:id/comments/:threadId/anchor',
  roundupLock: '/api/roundups/:id/lock',
  roundupLockTakeover: '/api/roundups/:id/lock/takeover',
  photos: '/api/photos',
  photo: '/api/photos/:id',
  photoFile: '/api/photos/:id/:name',
  users: '/api/users',
  user: '/api/users/:id',
  userPassword: '/api/users/:id/password',
} as const;

/** Header that carries a client-chosen key so a retried save is applied once. */
export const idempotencyKeyHeader = 'Idempotency-Key';

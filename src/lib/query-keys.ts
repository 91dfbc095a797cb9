/** Every TanStack Query key, from one factory, so mutations invalidate exactly what they change. */
export const queryKeys = {
  session: ['session'] as const,
  people: ['people'] as const,
  /** Every account, as admins manage them. */
  accounts: ['accounts'] as const,
  notifications: ['notifications'] as const,
  roundups: {
    all: ['roundups'] as const,
    lists: () => [...queryKeys.roundups.all, 'list'] as const,
    list: (search: string) => [...queryKeys.roundups.lists(), { search }] as const,
    detail: (id: string) => [...queryKeys.roundups.all, 'detail', id] as const,
    events: (id: string) => [...queryKeys.roundups.all, 'events', id] as const,
    /** The comment threads of a roundup (kept apart from the document). */
    comments: (id: string) => [...queryKeys.roundups.all, 'comments', id] as const,
  },
  revisions: {
    all: (roundupId: string) => [...queryKeys.roundups.all, 'revisions', roundupId] as const,
    /** Keyed by the version the editor is at, so the list refetches after every save. */
    list: (roundupId: string, currentVersion: number) =>
      [...queryKeys.revisions.all(roundupId), 'list', { currentVersion }] as const,
    detail: (roundupId: string, version: number) => [...queryKeys.revisions.all(roundupId), 'detail', version] as const,
  },
};

/** Every TanStack Query key, from one factory, so mutations invalidate exactly what they change. */
export const queryKeys = {
  session: ['session'] as const,
  people: ['people'] as const,
  notifications: ['notifications'] as const,
  roundups: {
    all: ['roundups'] as const,
    lists: () => [...queryKeys.roundups.all, 'list'] as const,
    list: (search: string) => [...queryKeys.roundups.lists(), { search }] as const,
    detail: (id: string) => [...queryKeys.roundups.all, 'detail', id] as const,
    events: (id: string) => [...queryKeys.roundups.all, 'events', id] as const,
  },
};

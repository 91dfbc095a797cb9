/** Every API path, in one place, for the server, the mock and the client. */
export const apiRoutes = {
  roundups: '/api/roundups',
  roundup: (id: string) => `/api/roundups/${encodeURIComponent(id)}`,
  photos: '/api/photos',
  photo: (id: string) => `/api/photos/${encodeURIComponent(id)}`,
} as const;

/** Route patterns in the `:param` form that MSW and Hono share. */
export const apiRoutePatterns = {
  roundups: '/api/roundups',
  roundup: '/api/roundups/:id',
  photos: '/api/photos',
  photo: '/api/photos/:id',
} as const;

/** Header that carries a client-chosen key so a retried save is applied once. */
export const idempotencyKeyHeader = 'Idempotency-Key';

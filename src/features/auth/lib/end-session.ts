import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';

/**
 * The app forgets the session: the gate shows the sign-in page, and no data of the user who was signed in stays in
 * the cache. It sets the answer rather than asking `/api/me` again: asking again after a 401 was answered 401,
 * which ended the session again, which asked again, hundreds of times a second, and the sign-in page never came.
 */
export function endSession(queryClient: QueryClient): void {
  queryClient.setQueryData(queryKeys.session, null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
}

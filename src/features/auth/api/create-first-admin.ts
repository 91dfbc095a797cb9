import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setupPath, type SetupRequest } from '@/contract/setup-endpoints';
import { sessionResponseSchema, type SessionResponse } from '@/contract/user-endpoints';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** POST /api/setup: creates the first admin with the printed token; the answer is their new session. */
export function createFirstAdmin(request: SetupRequest): Promise<SessionResponse> {
  return apiRequest(setupPath, { method: 'POST', json: request, schema: sessionResponseSchema });
}

export function useCreateFirstAdmin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createFirstAdmin,
    onSuccess: (session) => {
      queryClient.setQueryData(queryKeys.session, session);
    },
  });
}

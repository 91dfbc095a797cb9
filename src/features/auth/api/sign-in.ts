import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRoutes } from '@/contract/routes';
import { sessionResponseSchema, type SessionResponse, type SignInRequest } from '@/contract/user-endpoints';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function signIn(request: SignInRequest): Promise<SessionResponse> {
  return apiRequest(apiRoutes.session, { method: 'POST', json: request, schema: sessionResponseSchema });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
      queryClient.setQueryData(queryKeys.session, session);
    },
  });
}

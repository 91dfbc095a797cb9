import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';
import { endSession } from '../lib/end-session';

export function signOut(): Promise<undefined> {
  return apiRequest(apiRoutes.session, { method: 'DELETE', schema: z.undefined() });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    // `clear()` dropped the query the gate observes, so the gate never heard of the sign-out and the page stayed.
    onSettled: () => endSession(queryClient),
  });
}

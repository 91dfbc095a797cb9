import { useMutation } from '@tanstack/react-query';
import { z } from 'zod/mini';
import type { ChangeOwnPasswordRequest } from '@/contract/account-endpoints';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';

export function changeOwnPassword(request: ChangeOwnPasswordRequest): Promise<undefined> {
  return apiRequest(apiRoutes.myPassword, { method: 'POST', json: request, schema: z.undefined() });
}

export function useChangeOwnPassword() {
  return useMutation({ mutationFn: changeOwnPassword });
}

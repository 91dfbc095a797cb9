import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  accountWithPasswordResponseSchema,
  type AccountWithPasswordResponse,
  type CreateAccountRequest,
} from '@/contract/account-endpoints';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function createAccount(request: CreateAccountRequest): Promise<AccountWithPasswordResponse> {
  return apiRequest(apiRoutes.users, { method: 'POST', json: request, schema: accountWithPasswordResponseSchema });
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAccount,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.accounts }),
  });
}

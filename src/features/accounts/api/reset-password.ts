import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountWithPasswordResponseSchema, type AccountWithPasswordResponse } from '@/contract/account-endpoints';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** A new temporary password for the account, answered once; every session of the account ends. */
export function resetPassword(id: string): Promise<AccountWithPasswordResponse> {
  return apiRequest(apiRoutes.userPassword(id), { method: 'POST', json: {}, schema: accountWithPasswordResponseSchema });
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.accounts }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountSchema, type Account, type UpdateAccountRequest } from '@/contract/account-endpoints';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function updateAccount({ id, change }: { id: string; change: UpdateAccountRequest }): Promise<Account> {
  return apiRequest(apiRoutes.user(id), { method: 'PATCH', json: change, schema: accountSchema });
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAccount,
    // Refetched on failure too: a refusal (last admin, gone) means the list on screen may be out of date.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.accounts }),
  });
}

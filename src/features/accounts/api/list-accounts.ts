import { queryOptions, useQuery } from '@tanstack/react-query';
import { accountListResponseSchema, type AccountListResponse } from '@/contract/account-endpoints';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function listAccounts(signal?: AbortSignal): Promise<AccountListResponse> {
  return apiRequest(apiRoutes.users, { schema: accountListResponseSchema, ...(signal === undefined ? {} : { signal }) });
}

export const accountsQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.accounts, queryFn: ({ signal }) => listAccounts(signal) });

export function useAccounts() {
  return useQuery(accountsQueryOptions());
}

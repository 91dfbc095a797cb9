import { useQuery } from '@tanstack/react-query';
import { notificationsResponseSchema } from '@/contract/notification-endpoints';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function useNotifications() {
  return useQuery({
    queryKey: queryKeys.notifications,
    queryFn: ({ signal }) => apiRequest(apiRoutes.notifications, { schema: notificationsResponseSchema, signal }),
  });
}

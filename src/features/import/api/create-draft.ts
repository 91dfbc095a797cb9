import { roundupResponseSchema, type CreateRoundupRequest } from '@/contract/roundup-endpoints';
import { apiRoutes } from '@/contract/routes';
import type { Roundup } from '@/schema/roundup';
import { apiRequest } from '@/lib/api-client';

export function createDraft(request: CreateRoundupRequest): Promise<Roundup> {
  return apiRequest(apiRoutes.roundups, { method: 'POST', json: request, schema: roundupResponseSchema });
}

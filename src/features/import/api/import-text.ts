import { importResponseSchema, type ImportResponse } from '@/contract/import-endpoints';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';

/** The server's reading of the text: the authority on what the draft will hold. Nothing is saved. */
export function importText(text: string): Promise<ImportResponse> {
  return apiRequest(apiRoutes.importText, { method: 'POST', json: { text }, schema: importResponseSchema });
}

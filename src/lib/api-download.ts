import { csrfHeaderName, csrfHeaderValue } from '@/contract/user-endpoints';
import { ApiError } from './api-error';
import { apiErrorFromResponse } from './api-error-from-response';
import { fileNameFromContentDisposition } from './content-disposition-file-name';
import { notifySignedOut } from './signed-out';

export interface DownloadedFile {
  blob: Blob;
  /** What the server's `Content-Disposition` asks to save it as; null when it names nothing. */
  fileName: string | null;
}

/**
 * GETs a file the API serves (an export, not JSON) with the session and the CSRF header, like `apiRequest`, and
 * turns every failure into the same `ApiError`.
 */
export async function apiDownload(path: string, options: { signal?: AbortSignal } = {}): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'GET',
      headers: { Accept: '*/*', [csrfHeaderName]: csrfHeaderValue },
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network', error instanceof Error ? error.message : 'network error', 0);
  }
  if (!response.ok) {
    const error = apiErrorFromResponse(response.status, await response.text());
    if (error.code === 'unauthenticated') notifySignedOut();
    throw error;
  }
  return { blob: await response.blob(), fileName: fileNameFromContentDisposition(response.headers.get('Content-Disposition')) };
}

import { csrfHeaderName, csrfHeaderValue } from '@/contract/user-endpoints';
import { sendToApi } from './api-client';
import { fileNameFromContentDisposition } from './content-disposition-file-name';

export interface DownloadedFile {
  blob: Blob;
  /** What the server's `Content-Disposition` asks to save it as; null when it names nothing. */
  fileName: string | null;
}

/**
 * GETs a file the API serves (an export, not JSON) with the session and the CSRF header, like `apiRequest`, and
 * turns every failure into the same `ApiError`, with a download's deadline.
 */
export async function apiDownload(path: string, options: { signal?: AbortSignal } = {}): Promise<DownloadedFile> {
  const { response, blob } = await sendToApi(path, {
    method: 'GET',
    headers: { Accept: '*/*', [csrfHeaderName]: csrfHeaderValue },
    credentials: 'same-origin',
    signal: options.signal,
  });
  return { blob, fileName: fileNameFromContentDisposition(response.headers.get('Content-Disposition')) };
}

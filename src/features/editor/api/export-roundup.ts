import { useMutation } from '@tanstack/react-query';
import { apiRoutes } from '@/contract/routes';
import { exportFormatFiles, type ExportFormat } from '@/render/export-format';
import type { DownloadedFile } from '@/lib/api-download';

export interface ExportedFile {
  blob: Blob;
  fileName: string;
}

/** The saved roundup in an exchange format, as the server builds it, named as the server names it. */
export async function exportRoundup(id: string, format: ExportFormat): Promise<ExportedFile> {
  // Loaded with the first export, like the photo upload's code: opening a roundup does not need it.
  const { apiDownload } = await import('@/lib/api-download');
  const file: DownloadedFile = await apiDownload(apiRoutes.roundupExport(id, format));
  return { blob: file.blob, fileName: file.fileName ?? `${id}.${exportFormatFiles[format].extension}` };
}

export function useExportRoundup() {
  return useMutation({ mutationFn: ({ id, format }: { id: string; format: ExportFormat }) => exportRoundup(id, format) });
}

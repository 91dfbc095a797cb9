import { useMutation } from '@tanstack/react-query';
import { photoSchema, type Photo } from '@/contract/photo-endpoints';
import { apiRoutes } from '@/contract/routes';
import type { UploadProgress } from '@/lib/api-upload';

export interface UploadPhotoRequest {
  file: Blob;
  fileName: string;
  onProgress?: (progress: UploadProgress) => void;
}

export async function uploadPhoto({ file, fileName, onProgress }: UploadPhotoRequest): Promise<Photo> {
  // Loaded with the first upload: opening a roundup does not need it.
  const { apiUpload } = await import('@/lib/api-upload');
  const formData = new FormData();
  formData.append('file', file, fileName);
  return apiUpload(apiRoutes.photos, { formData, schema: photoSchema, onProgress });
}

export function useUploadPhoto() {
  return useMutation({ mutationFn: uploadPhoto });
}

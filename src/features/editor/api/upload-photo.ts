import { useMutation } from '@tanstack/react-query';
import { photoSchema, type Photo } from '@/contract/photo-endpoints';
import { apiRoutes } from '@/contract/routes';
import { apiUpload, type UploadProgress } from '@/lib/api-upload';

export interface UploadPhotoRequest {
  file: Blob;
  fileName: string;
  onProgress?: (progress: UploadProgress) => void;
}

export function uploadPhoto({ file, fileName, onProgress }: UploadPhotoRequest): Promise<Photo> {
  const formData = new FormData();
  formData.append('file', file, fileName);
  return apiUpload(apiRoutes.photos, { formData, schema: photoSchema, onProgress });
}

export function useUploadPhoto() {
  return useMutation({ mutationFn: uploadPhoto });
}

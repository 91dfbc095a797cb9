import { useMutation } from '@tanstack/react-query';
import { photoSchema, type Photo } from '@/contract/photo-endpoints';
import { apiRoutes } from '@/contract/routes';
import { apiRequest } from '@/lib/api-client';

export function uploadPhoto(file: Blob, fileName: string): Promise<Photo> {
  const formData = new FormData();
  formData.append('file', file, fileName);
  return apiRequest(apiRoutes.photos, { method: 'POST', formData, schema: photoSchema });
}

export function useUploadPhoto() {
  return useMutation({
    mutationFn: ({ file, fileName }: { file: Blob; fileName: string }) => uploadPhoto(file, fileName),
  });
}

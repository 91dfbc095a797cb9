import type { Editor } from '@tiptap/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/ui/use-toast';
import { isApiError } from '@/lib/api-error';
import { useDescribeApiError } from '@/lib/use-describe-api-error';
import { useUploadPhoto } from '../api/upload-photo';
import { UnreadableImageError } from '../lib/unreadable-image-error';
import { createUploadProgressStore } from '../lib/upload-progress-store';

const imageTypes = /^image\/(jpeg|png|webp|avif|gif|bmp|heic|heif)$/;

/**
 * Files from the picker, a paste or a drop → downscaled, uploaded, inserted as figures; problems explained.
 * `uploads` tracks the uploads under way for `PhotoUploadProgress`.
 */
export function usePhotoInsertion(editor: Editor | null) {
  const { t } = useTranslation();
  const describeError = useDescribeApiError();
  const toast = useToast();
  const { mutateAsync: upload } = useUploadPhoto();
  const [uploads] = useState(createUploadProgressStore);

  const insertFiles = useCallback(
    async (files: File[], position: number | null) => {
      if (editor === null) return;
      for (const file of files) {
        if (!imageTypes.test(file.type)) {
          toast.show({ tone: 'error', message: t('photo.notAnImage', { name: file.name }) });
          continue;
        }
        const handle = uploads.start();
        try {
          // Loaded with the first photo: opening a roundup does not need it.
          const { downscaleImage } = await import('../lib/downscale-image');
          const image = await downscaleImage(file);
          const photo = await upload({
            file: image.blob,
            fileName: file.name.replace(/\.[^.]+$/, '') + '.jpg',
            onProgress: (progress) => uploads.progress(handle, progress),
          });
          const at = position !== null && position <= editor.state.doc.content.size ? position : undefined;
          editor.chain().focus().insertFigure({ photoId: photo.id, width: photo.width, height: photo.height }, at).run();
          toast.show({ tone: 'success', message: t('photo.inserted', { name: file.name }) });
        } catch (error) {
          const message =
            error instanceof UnreadableImageError
              ? t('photo.unreadable', { name: file.name })
              : isApiError(error, 'unsupported_media_type')
                ? t('photo.unsupported', { name: file.name })
                : // The limit in MB, no connection, a server problem…: said as everywhere else in the app.
                  isApiError(error)
                  ? t('photo.refused', { name: file.name, reason: describeError(error) })
                  : t('photo.uploadFailed', { name: file.name });
          toast.show({ tone: 'error', message });
        } finally {
          uploads.finish(handle);
        }
      }
    },
    [describeError, editor, t, toast, upload, uploads],
  );

  return { insertFiles, uploads };
}

import type { PhotoFileName, StoredPhoto } from '../../services/stored-photo';

/** The files of a photo that storage keeps: the original and each variant its metadata lists, as the memory reference does. */
export function photoFilesToStore(photo: StoredPhoto): Array<{ name: PhotoFileName; bytes: Uint8Array }> {
  const names: PhotoFileName[] = ['original', ...photo.variants.map((variant) => variant.name)];
  return names.flatMap((name) => {
    const bytes = photo.files[name];
    return bytes === undefined ? [] : [{ name, bytes }];
  });
}

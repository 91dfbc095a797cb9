import { asciiAt } from './ascii-at';
import { accept, damaged, type ImageInspection } from './image-inspection';

export const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/**
 * Size from the IHDR chunk, which the PNG spec requires to come first. The chunk list is walked to IEND so a
 * file cut short in transfer is refused rather than stored half.
 */
export function readPngInfo(bytes: Uint8Array): ImageInspection {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let width = 0;
  let height = 0;
  let sawImageData = false;
  let offset: number = pngSignature.length;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = asciiAt(bytes, offset + 4, 4);
    const next = offset + 12 + length;
    if (next > bytes.length) return damaged('PNG');
    if (offset === pngSignature.length) {
      if (type !== 'IHDR' || length !== 13) return damaged('PNG');
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
    }
    if (type === 'IDAT') sawImageData = true;
    if (type === 'IEND') return sawImageData ? accept('image/png', width, height) : damaged('PNG');
    offset = next;
  }
  return damaged('PNG');
}

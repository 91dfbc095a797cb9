import { accept, damaged, type ImageInspection } from './image-inspection';

/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC): the frame headers that carry the image size. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function hasNoLength(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

/** The EXIF orientation (1–8) from an APP1 segment, or 1 when there is none or it cannot be read. */
function exifOrientation(bytes: Uint8Array, start: number, end: number): number {
  const header = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00];
  if (end - start < 14 || header.some((byte, index) => bytes[start + index] !== byte)) return 1;
  const tiff = start + 6;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const order = String.fromCharCode(bytes[tiff]!, bytes[tiff + 1]!);
  if (order !== 'II' && order !== 'MM') return 1;
  const little = order === 'II';
  if (view.getUint16(tiff + 2, little) !== 42) return 1;
  const directory = tiff + view.getUint32(tiff + 4, little);
  if (directory + 2 > end) return 1;
  const entries = view.getUint16(directory, little);
  for (let index = 0; index < entries; index += 1) {
    const entry = directory + 2 + index * 12;
    if (entry + 12 > end) return 1;
    if (view.getUint16(entry, little) === 0x0112) {
      const orientation = view.getUint16(entry + 8, little);
      return orientation >= 1 && orientation <= 8 ? orientation : 1;
    }
  }
  return 1;
}

/**
 * Size from the SOFn frame header, swapped when EXIF says the camera was turned (orientations 5–8), because
 * browsers draw the photo turned. Segments and entropy-coded scans are walked to EOI so a cut-short file is refused.
 */
export function readJpegInfo(bytes: Uint8Array): ImageInspection {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let frame: { width: number; height: number } | null = null;
  let orientation = 1;
  let sawScan = false;
  let offset = 2;
  for (;;) {
    if (offset >= bytes.length) return damaged('JPEG');
    if (bytes[offset] !== 0xff) return damaged('JPEG');
    while (offset < bytes.length && bytes[offset] === 0xff) offset += 1;
    if (offset >= bytes.length) return damaged('JPEG');
    const marker = bytes[offset]!;
    offset += 1;
    if (marker === 0xd9) {
      if (frame === null || !sawScan) return damaged('JPEG');
      const turned = orientation >= 5;
      return accept('image/jpeg', turned ? frame.height : frame.width, turned ? frame.width : frame.height);
    }
    if (hasNoLength(marker)) continue;
    if (offset + 2 > bytes.length) return damaged('JPEG');
    const length = view.getUint16(offset);
    const end = offset + length;
    if (length < 2 || end > bytes.length) return damaged('JPEG');
    if (isStartOfFrame(marker)) {
      if (length < 8) return damaged('JPEG');
      frame = { height: view.getUint16(offset + 3), width: view.getUint16(offset + 5) };
    } else if (marker === 0xe1) {
      orientation = exifOrientation(bytes, offset + 2, end);
    }
    offset = end;
    if (marker === 0xda) {
      if (frame === null) return damaged('JPEG');
      sawScan = true;
      // Entropy-coded data: 0xFF is always followed by 0x00 (a stuffed byte) or RST0–7, until the next marker.
      while (offset < bytes.length) {
        if (bytes[offset] === 0xff) {
          const next = bytes[offset + 1];
          if (next === undefined) return damaged('JPEG');
          if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7)) break;
          offset += 2;
        } else {
          offset += 1;
        }
      }
    }
  }
}

import { asciiAt } from './ascii-at';
import { accept, damaged, type ImageInspection } from './image-inspection';

function uint24(bytes: Uint8Array, offset: number): number {
  return bytes[offset]! | (bytes[offset + 1]! << 8) | (bytes[offset + 2]! << 16);
}

/**
 * Size from the first chunk: a lossy `VP8 ` key frame header, a lossless `VP8L` header or the `VP8X` canvas of an
 * extended file. The RIFF length and every chunk must fit in the file.
 */
export function readWebpInfo(bytes: Uint8Array): ImageInspection {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 20) return damaged('WebP');
  const end = 8 + view.getUint32(4, true);
  if (end > bytes.length) return damaged('WebP');

  const chunks: { type: string; data: number; size: number }[] = [];
  for (let offset = 12; offset < end; ) {
    if (offset + 8 > end) return damaged('WebP');
    const size = view.getUint32(offset + 4, true);
    const data = offset + 8;
    if (data + size > end) return damaged('WebP');
    chunks.push({ type: asciiAt(bytes, offset, 4), data, size });
    offset = data + size + (size % 2);
  }
  const [first] = chunks;
  if (first === undefined) return damaged('WebP');
  const { type, data, size } = first;

  if (type === 'VP8 ') {
    const isKeyFrame = size >= 10 && (bytes[data]! & 1) === 0;
    const hasStartCode = bytes[data + 3] === 0x9d && bytes[data + 4] === 0x01 && bytes[data + 5] === 0x2a;
    if (!isKeyFrame || !hasStartCode) return damaged('WebP');
    return accept('image/webp', view.getUint16(data + 6, true) & 0x3fff, view.getUint16(data + 8, true) & 0x3fff);
  }
  if (type === 'VP8L') {
    if (size < 5 || bytes[data] !== 0x2f) return damaged('WebP');
    const bits = view.getUint32(data + 1, true);
    return accept('image/webp', (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (type === 'VP8X') {
    const hasImage = chunks.some((chunk) => chunk.type === 'VP8 ' || chunk.type === 'VP8L' || chunk.type === 'ANMF');
    if (size < 10 || !hasImage) return damaged('WebP');
    return accept('image/webp', uint24(bytes, data + 4) + 1, uint24(bytes, data + 7) + 1);
  }
  return damaged('WebP');
}

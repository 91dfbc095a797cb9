import { asciiAt } from './ascii-at';
import { accept, acceptedFormatsHint, damaged, refuse, type ImageInspection } from './image-inspection';

interface Box {
  type: string;
  /** First byte after the box header. */
  data: number;
  end: number;
}

/** The boxes laid end to end in `[start, end)`, or null when one claims to run past the end. */
function readBoxes(view: DataView, start: number, end: number): Box[] | null {
  const boxes: Box[] = [];
  let offset = start;
  while (offset < end) {
    if (offset + 8 > end) return null;
    let size = view.getUint32(offset);
    const type = String.fromCharCode(
      view.getUint8(offset + 4),
      view.getUint8(offset + 5),
      view.getUint8(offset + 6),
      view.getUint8(offset + 7),
    );
    let data = offset + 8;
    if (size === 1) {
      if (offset + 16 > end) return null;
      size = view.getUint32(offset + 8) * 0x100000000 + view.getUint32(offset + 12);
      data = offset + 16;
    } else if (size === 0) {
      size = end - offset;
    }
    const boxEnd = offset + size;
    if (boxEnd < data || boxEnd > end) return null;
    boxes.push({ type, data, end: boxEnd });
    offset = boxEnd;
  }
  return boxes;
}

function child(boxes: readonly Box[], type: string): Box | undefined {
  return boxes.find((box) => box.type === type);
}

const heifBrands = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

/** Indices (1-based, into `ipco`) of the properties the `ipma` box associates with `itemId`. */
function propertyIndices(view: DataView, ipma: Box, itemId: number): number[] {
  const version = view.getUint8(ipma.data);
  const wideIndices = (view.getUint32(ipma.data) & 1) === 1;
  const entryCount = view.getUint32(ipma.data + 4);
  let offset = ipma.data + 8;
  for (let entry = 0; entry < entryCount && offset < ipma.end; entry += 1) {
    const id = version < 1 ? view.getUint16(offset) : view.getUint32(offset);
    offset += version < 1 ? 2 : 4;
    const count = view.getUint8(offset);
    offset += 1;
    const indices: number[] = [];
    for (let association = 0; association < count; association += 1) {
      indices.push(wideIndices ? view.getUint16(offset) & 0x7fff : view.getUint8(offset) & 0x7f);
      offset += wideIndices ? 2 : 1;
    }
    if (id === itemId) return indices;
  }
  return [];
}

/**
 * AVIF is an ISO-BMFF file whose `ftyp` names the `avif`/`avis` brand. The size is the `ispe` property of the
 * primary item (`pitm` → `ipma` → `ipco`), swapped for a quarter-turn `irot`. HEIC shares the container and is
 * refused by name, since browsers other than Safari cannot show it.
 */
export function readAvifInfo(bytes: Uint8Array): ImageInspection {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const top = readBoxes(view, 0, bytes.length);
  if (top === null || top[0]?.type !== 'ftyp') return damaged('AVIF');
  const ftyp = top[0];
  const brands = [asciiAt(bytes, ftyp.data, 4)];
  for (let offset = ftyp.data + 8; offset + 4 <= ftyp.end; offset += 4) brands.push(asciiAt(bytes, offset, 4));
  if (!brands.includes('avif') && !brands.includes('avis')) {
    if (brands.some((brand) => heifBrands.has(brand))) {
      return refuse(`HEIC/HEIF photos cannot be shown in most browsers. Export the photo as JPEG first. ${acceptedFormatsHint}`);
    }
    return refuse(`The file is an ISO media file (brand "${brands[0]}"), not a photo. ${acceptedFormatsHint}`);
  }

  const meta = child(top, 'meta');
  if (meta === undefined) return damaged('AVIF');
  const metaBoxes = readBoxes(view, meta.data + 4, meta.end);
  if (metaBoxes === null) return damaged('AVIF');
  if (child(top, 'mdat') === undefined && child(metaBoxes, 'idat') === undefined) return damaged('AVIF');

  const iprp = child(metaBoxes, 'iprp');
  const iprpBoxes = iprp === undefined ? null : readBoxes(view, iprp.data, iprp.end);
  const ipco = iprpBoxes === null ? undefined : child(iprpBoxes, 'ipco');
  const properties = ipco === undefined ? null : readBoxes(view, ipco.data, ipco.end);
  if (iprpBoxes === null || properties === null) return damaged('AVIF');

  const pitm = child(metaBoxes, 'pitm');
  const ipma = child(iprpBoxes, 'ipma');
  const primaryId = pitm === undefined ? null : view.getUint8(pitm.data) === 0 ? view.getUint16(pitm.data + 4) : view.getUint32(pitm.data + 4);
  const primaryProperties =
    primaryId === null || ipma === undefined
      ? []
      : propertyIndices(view, ipma, primaryId).flatMap((index) => properties[index - 1] ?? []);

  const spatialExtent = child(primaryProperties, 'ispe') ?? child(properties, 'ispe');
  if (spatialExtent === undefined || spatialExtent.data + 12 > spatialExtent.end) return damaged('AVIF');
  const width = view.getUint32(spatialExtent.data + 4);
  const height = view.getUint32(spatialExtent.data + 8);
  const rotation = child(primaryProperties, 'irot');
  const turned = rotation !== undefined && (view.getUint8(rotation.data) & 1) === 1;
  return accept('image/avif', turned ? height : width, turned ? width : height);
}

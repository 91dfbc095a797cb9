/**
 * The GPS IFD entries of an EXIF block (the `Exif\0\0` APP1 payload sharp reports as `metadata().exif`), as tag
 * numbers, or null when there is no GPS IFD. Enough to prove a test photo really carries a location.
 */
export function readExifGpsTags(exif: Uint8Array): number[] | null {
  const header = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00];
  const tiff = header.every((byte, index) => exif[index] === byte) ? 6 : 0;
  const view = new DataView(exif.buffer, exif.byteOffset, exif.byteLength);
  const order = String.fromCharCode(exif[tiff] ?? 0, exif[tiff + 1] ?? 0);
  if (order !== 'II' && order !== 'MM') return null;
  const little = order === 'II';
  const entriesOf = (directory: number) =>
    Array.from({ length: view.getUint16(tiff + directory, little) }, (_, index) => {
      const entry = tiff + directory + 2 + index * 12;
      return { tag: view.getUint16(entry, little), value: view.getUint32(entry + 8, little) };
    });
  const gpsPointer = entriesOf(view.getUint32(tiff + 4, little)).find((entry) => entry.tag === 0x8825);
  return gpsPointer === undefined ? null : entriesOf(gpsPointer.value).map((entry) => entry.tag);
}

import { deflateSync } from 'node:zlib';

/**
 * Tiny real images for tests, built here byte by byte (PNG with zlib, a baseline JPEG, a lossless WebP) or, where
 * an encoder is out of reach, kept as the exact output of the reference encoder. Every one decodes in a browser
 * and with libjpeg/libwebp/libavif; each is a few dozen bytes.
 */

const crcTable = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function concat(parts: readonly (Uint8Array | readonly number[])[]): Uint8Array<ArrayBuffer> {
  const arrays = parts.map((part) => (part instanceof Uint8Array ? part : Uint8Array.from(part)));
  const result = new Uint8Array(arrays.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of arrays) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}

function uint32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function uint16(value: number): number[] {
  return [(value >>> 8) & 0xff, value & 0xff];
}

function uint32le(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];
}

function ascii(text: string): number[] {
  return Array.from(text, (character) => character.charCodeAt(0));
}

function pngChunk(type: string, data: Uint8Array | readonly number[]): Uint8Array {
  const typeAndData = concat([ascii(type), data]);
  return concat([uint32(typeAndData.length - 4), typeAndData, uint32(crc32(typeAndData))]);
}

/** An RGB PNG filled with one colour. */
function png(width: number, height: number, rgb: readonly [number, number, number] = [200, 120, 40]): Uint8Array<ArrayBuffer> {
  const row = [0, ...Array.from({ length: width }, () => rgb).flat()];
  const raw = Uint8Array.from(Array.from({ length: height }, () => row).flat());
  return concat([
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    pngChunk('IHDR', [...uint32(width), ...uint32(height), 8, 2, 0, 0, 0]),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', []),
  ]);
}

/**
 * A PNG whose header declares `width` × `height` RGB pixels while its data holds a single deflated row: the header of
 * a decompression bomb (30000×30000 would be 2.7 GB decoded) in a few hundred bytes. Only a decoder that trusts the
 * header before checking it would allocate the pixels.
 */
function pngDeclaring(width: number, height: number): Uint8Array<ArrayBuffer> {
  return concat([
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    pngChunk('IHDR', [...uint32(width), ...uint32(height), 8, 2, 0, 0, 0]),
    pngChunk('IDAT', deflateSync(new Uint8Array(1 + width * 3))),
    pngChunk('IEND', []),
  ]);
}

function jpegSegment(marker: number, data: readonly number[]): number[] {
  return [0xff, marker, ...uint16(data.length + 2), ...data];
}

/**
 * A grey baseline JPEG. The Huffman tables hold one code each ("DC difference 0" and "end of block"), so every
 * 8×8 block is the two bits `00` and the file stays tiny at any size. `orientation` adds an EXIF APP1 segment.
 */
function jpeg(width: number, height: number, options: { orientation?: number } = {}): Uint8Array<ArrayBuffer> {
  const exif =
    options.orientation === undefined
      ? []
      : jpegSegment(0xe1, [
          ...ascii('Exif'), 0, 0,
          ...ascii('MM'), 0, 42, ...uint32(8),
          ...uint16(1), ...uint16(0x0112), ...uint16(3), ...uint32(1), ...uint16(options.orientation), 0, 0,
          ...uint32(0),
        ]);
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const bits = '00'.repeat(blocks).padEnd(Math.ceil((blocks * 2) / 8) * 8, '1');
  const scan = Array.from({ length: bits.length / 8 }, (_, index) => Number.parseInt(bits.slice(index * 8, index * 8 + 8), 2));
  const singleCodeTable = [1, ...new Array<number>(15).fill(0), 0x00];
  return Uint8Array.from([
    0xff, 0xd8,
    ...jpegSegment(0xe0, [...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...exif,
    ...jpegSegment(0xdb, [0x00, ...new Array<number>(64).fill(1)]),
    ...jpegSegment(0xc0, [8, ...uint16(height), ...uint16(width), 1, 1, 0x11, 0]),
    ...jpegSegment(0xc4, [0x00, ...singleCodeTable]),
    ...jpegSegment(0xc4, [0x10, ...singleCodeTable]),
    ...jpegSegment(0xda, [1, 1, 0x00, 0, 63, 0]),
    ...scan,
    0xff, 0xd9,
  ]);
}

class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  write(value: number, count: number): this {
    for (let bit = 0; bit < count; bit += 1) {
      this.current |= ((value >>> bit) & 1) << this.used;
      this.used += 1;
      if (this.used === 8) this.flush();
    }
    return this;
  }

  finish(): number[] {
    if (this.used > 0) this.flush();
    return this.bytes;
  }

  private flush(): void {
    this.bytes.push(this.current);
    this.current = 0;
    this.used = 0;
  }
}

function riff(chunks: readonly number[][]): Uint8Array<ArrayBuffer> {
  const body = chunks.flat();
  return Uint8Array.from([...ascii('RIFF'), ...uint32le(body.length + 4), ...ascii('WEBP'), ...body]);
}

function webpChunk(type: string, data: readonly number[]): number[] {
  return [...ascii(type), ...uint32le(data.length), ...data, ...(data.length % 2 === 1 ? [0] : [])];
}

/**
 * A lossless WebP of one colour: no transforms, no colour cache, and five "simple" prefix codes of one symbol
 * each, so the pixels themselves take no bits at all.
 */
function vp8lChunk(width: number, height: number, argb: readonly [number, number, number, number]): number[] {
  const [alpha, red, green, blue] = argb;
  const writer = new BitWriter().write(width - 1, 14).write(height - 1, 14).write(alpha === 255 ? 0 : 1, 1).write(0, 3);
  writer.write(0, 1).write(0, 1).write(0, 1);
  for (const symbol of [green, red, blue, alpha, 0]) writer.write(1, 1).write(0, 1).write(1, 1).write(symbol, 8);
  return webpChunk('VP8L', [0x2f, ...writer.finish()]);
}

function webpLossless(width: number, height: number, argb: readonly [number, number, number, number] = [255, 40, 120, 200]): Uint8Array<ArrayBuffer> {
  return riff([vp8lChunk(width, height, argb)]);
}

/** The extended layout (VP8X canvas header before the image chunk), as written for files with alpha or metadata. */
function webpExtended(width: number, height: number): Uint8Array<ArrayBuffer> {
  const canvas = [0x10, 0, 0, 0, ...uint32le(width - 1).slice(0, 3), ...uint32le(height - 1).slice(0, 3)];
  return riff([webpChunk('VP8X', canvas), vp8lChunk(width, height, [128, 40, 120, 200])]);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(Buffer.from(text, 'base64'));
}

/** A 3×2 lossy WebP as written by cwebp 1.2.4 (`-q 80`). */
const webpLossy3x2 =
  'UklGRmAAAABXRUJQVlA4IFQAAADwAgCdASoDAAIAAUAmJagCdLoBQAKoAyQD9AAW7WXUQADif/xMQu6/jEr+Xxhg0b//pYfhHVZqD/97Bf+LD8I6rNQf+/v/Kfjcpn2Wybv7lM8sAAA=';

/** A 3×2 AVIF as written by avifenc 0.11.1 (`-s 10`). */
const avif3x2 =
  'AAAAIGZ0eXBhdmlmAAAAAGF2aWZtaWYxbWlhZk1BMUEAAADybWV0YQAAAAAAAAAoaGRscgAAAAAAAAAAcGljdAAAAAAAAAAAAAAAAGxpYmF2aWYAAAAADnBpdG0AAAAAAAEAAAAeaWxvYwAAAABEAAABAAEAAAABAAABGgAAADkAAAAoaWluZgAAAAAAAQAAABppbmZlAgAAAAABAABhdjAxQ29sb3IAAAAAamlwcnAAAABLaXBjbwAAABRpc3BlAAAAAAAAAAMAAAACAAAAEHBpeGkAAAAAAwgICAAAAAxhdjFDgSAAAAAAABNjb2xybmNseAABAA0ABoAAAAAXaXBtYQAAAAAAAAABAAEEAQKDBAAAAEFtZGF0EgAKCDgEKwgIaDSAMisWQAYYYYQAAeB6zdyAtly7Mq4UbYD+rz/+//lhIWQwBQ/wIb63VCYE9vHQ';

/** The same image stored 3×2 with a quarter turn (`--irot 1`), so it displays 2×3. */
const avifTurned3x2 =
  'AAAAIGZ0eXBhdmlmAAAAAGF2aWZtaWYxbWlhZk1BMUEAAAD8bWV0YQAAAAAAAAAoaGRscgAAAAAAAAAAcGljdAAAAAAAAAAAAAAAAGxpYmF2aWYAAAAADnBpdG0AAAAAAAEAAAAeaWxvYwAAAABEAAABAAEAAAABAAABJAAAADkAAAAoaWluZgAAAAAAAQAAABppbmZlAgAAAAABAABhdjAxQ29sb3IAAAAAdGlwcnAAAABUaXBjbwAAABRpc3BlAAAAAAAAAAMAAAACAAAAEHBpeGkAAAAAAwgICAAAAAxhdjFDgSAAAAAAABNjb2xybmNseAABAA0ABoAAAAAJaXJvdAEAAAAYaXBtYQAAAAAAAAABAAEFAQKDBIUAAABBbWRhdBIACgg4BCsICGg0gDIrFkAGGGGEAAHges3cgLZcuzKuFG2A/q8//v/5YSFkMAUP8CG+t1QmBPbx0A==';

/** The classic 1×1 transparent GIF89a. */
const gif1x1 = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** An ISO-BMFF file with the HEIC brand: the container of iPhone photos (only the `ftyp` matters here). */
function heicHeader(): Uint8Array<ArrayBuffer> {
  return concat([uint32(24), ascii('ftypheic'), uint32(0), ascii('mif1heic'), uint32(8), ascii('mdat')]);
}

function text(content: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(new TextEncoder().encode(content));
}

export const imageFixtures = {
  png,
  pngDeclaring,
  jpeg,
  webpLossless,
  webpExtended,
  webpLossy: () => fromBase64(webpLossy3x2),
  avif: () => fromBase64(avif3x2),
  avifTurned: () => fromBase64(avifTurned3x2),
  gif: () => fromBase64(gif1x1),
  heic: heicHeader,
  svg: () =>
    text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'),
  html: () => text('<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>'),
  /** The first `keep` bytes of an image, as a transfer cut short would leave it. */
  truncate: (bytes: Uint8Array, keep: number) => bytes.slice(0, keep),
} as const;
